package dev.portico.e2e.support;

import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the demo server once for the whole test run (the root store closes it when JUnit ends),
 * so that every end-to-end class shares one Payara boot. System property {@code e2e.psa.kind} picks the portal's
 * mode ({@code connectwise}, the default, or {@code autotask}); the failsafe executions of this module set it.
 */
public class DemoServerExtension implements ParameterResolver {

    /**
     * The test server allows more failed log-ins per client address than the product default, because
     * every browser test comes from 127.0.0.1; the per-account limit under test stays at its default.
     */
    static final List<String> TEST_SYSTEM_PROPERTIES = List.of(
            "portal.security.throttle.address-max-failures=1000",
            "portal.announcements.dir=" + DemoServerExtension.announcementsDir());

    /** The portal's {@code psa.kind} in this run. */
    public static String kind() {
        return System.getProperty("e2e.psa.kind", "connectwise").trim();
    }

    /** Whether this run's portal talks to the sandbox's Autotask face. */
    public static boolean autotaskMode() {
        return "autotask".equals(kind());
    }

    /** The test server's announcements folder; tests create it and write their files there. */
    public static java.nio.file.Path announcementsDir() {
        return java.nio.file.Path.of(System.getProperty("test.tmpdir", "target")).toAbsolutePath()
                .resolve("e2e-announcements");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DemoServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    public static DemoServer server(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
        return store.getOrComputeIfAbsent(DemoServer.class, key -> startServer(), Resource.class).server();
    }

    private static Resource startServer() {
        try {
            return new Resource(DemoServer.start(kind(), TEST_SYSTEM_PROPERTIES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not start the demo server", e);
        }
    }

    record Resource(DemoServer server) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            server.close();
        }
    }
}
