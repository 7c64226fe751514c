package dev.portico.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.function.Function;

/**
 * The credentials the sandbox accepts and whether its admin endpoints are on. Each value is read, first match wins,
 * from the system property {@code sandbox.<key>}, the environment variable {@code SANDBOX_<KEY>}, the system
 * property {@code psa.connectwise.<key>}, the environment variable {@code PSA_CONNECTWISE_<KEY>}, then the demo
 * default. Reading the adapter's own keys as a fallback lets one override configure both sides of a test run.
 */
@ApplicationScoped
public class SandboxSettings {

    public static final String DEFAULT_COMPANY_ID = "portico_demo";
    public static final String DEFAULT_PUBLIC_KEY = "demo-public-key";
    public static final String DEFAULT_PRIVATE_KEY = "demo-private-key";
    public static final String DEFAULT_CLIENT_ID = "3f6b6f0e-7c1a-4c55-9a59-5f6d3c1e0a11";

    private final String companyId;
    private final String publicKey;
    private final String privateKey;
    private final String clientId;
    private final boolean adminEnabled;

    public SandboxSettings() {
        this(System::getProperty, System::getenv);
    }

    public SandboxSettings(Function<String, String> properties, Function<String, String> environment) {
        this.companyId = value(properties, environment, "company-id", DEFAULT_COMPANY_ID, true);
        this.publicKey = value(properties, environment, "public-key", DEFAULT_PUBLIC_KEY, true);
        this.privateKey = value(properties, environment, "private-key", DEFAULT_PRIVATE_KEY, true);
        this.clientId = value(properties, environment, "client-id", DEFAULT_CLIENT_ID, true);
        this.adminEnabled = !"false".equalsIgnoreCase(value(properties, environment, "admin.enabled", "true", false));
    }

    private static String value(Function<String, String> properties, Function<String, String> environment,
                                String key, String fallback, boolean sharedWithAdapter) {
        String env = key.replace('-', '_').replace('.', '_').toUpperCase(Locale.ROOT);
        String[] candidates = sharedWithAdapter
                ? new String[] {properties.apply("sandbox." + key), environment.apply("SANDBOX_" + env),
                        properties.apply("psa.connectwise." + key), environment.apply("PSA_CONNECTWISE_" + env)}
                : new String[] {properties.apply("sandbox." + key), environment.apply("SANDBOX_" + env)};
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.trim();
            }
        }
        return fallback;
    }

    public String companyId() {
        return companyId;
    }

    public String publicKey() {
        return publicKey;
    }

    public String privateKey() {
        return privateKey;
    }

    public String clientId() {
        return clientId;
    }

    /** {@code sandbox.admin.enabled=false} turns {@code /sandbox/...} into 404s for production-like runs. */
    public boolean adminEnabled() {
        return adminEnabled;
    }
}
