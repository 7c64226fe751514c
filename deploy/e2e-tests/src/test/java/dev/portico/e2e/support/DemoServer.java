package dev.portico.e2e.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The demo set-up as the tests see it: one Payara Micro process on 127.0.0.1 with the portal at "/"
 * and the PSA sandbox at "/v4_6_release", on a free port so that a running demo does not get in the way.
 * The portal talks to the sandbox's ConnectWise or Autotask face, as {@code psa.kind} says; both adapters'
 * Autotask mode also gets the Autotask API user, Autotask's portal security levels and Portico-managed passwords.
 */
public final class DemoServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DemoServer.class.getName());
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(3);

    private final String kind;
    private final int port;
    private final Process process;
    private final Path log;

    private DemoServer(String kind, int port, Process process, Path log) {
        this.kind = kind;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** The PSA kinds the WAR holds an adapter for, and so the modes the demo server can run in. */
    public static final List<String> KINDS = List.of("connectwise", "autotask");

    public static DemoServer start(List<String> extraSystemProperties) throws IOException {
        return start("connectwise", extraSystemProperties);
    }

    /** {@code kind}: the portal's {@code psa.kind}, {@code connectwise} or {@code autotask}. */
    public static DemoServer start(String kind, List<String> extraSystemProperties) throws IOException {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("psa.kind " + kind + " is none of " + KINDS);
        }
        Path demoDir = Path.of(System.getProperty("demo.dir", "target/demo")).toAbsolutePath();
        Path work = Path.of(System.getProperty("test.tmpdir", "target")).toAbsolutePath();
        int port = freePort();
        Path preboot = work.resolve("bind-localhost.preboot");
        Files.writeString(preboot, "set configs.config.server-config.network-config.network-listeners"
                + ".network-listener.http-listener.address=127.0.0.1\n"
                // as deploy/demo.sh: no Server or X-Powered-By header naming the server
                + Files.readString(Path.of(System.getProperty("payara.hardening", "../payara/hardening.preboot"))));
        Path log = work.resolve("demo-server-" + kind + ".log");

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx768m");
        command.add("-Djava.io.tmpdir=" + work);
        command.add("-Dpsa.kind=" + kind);
        command.add("-Dpsa.connectwise.url=http://127.0.0.1:" + port + "/v4_6_release/apis/3.0");
        DemoConfig.connectWise().forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dpsa.autotask.url=http://127.0.0.1:" + port + "/v4_6_release/atservicesrest/");
        if (kind.equals("autotask")) {
            // the API user and Autotask's portal security levels; the sandbox's own defaults are the same user
            DemoConfig.autotask().forEach((key, value) -> command.add("-D" + key + "=" + value));
            // Autotask cannot check portal passwords: Portico keeps them, seeded with the demo log-ins' hashes
            DemoConfig.managedPasswords().forEach((key, value) -> command.add("-D" + key + "=" + value));
        }
        extraSystemProperties.forEach(p -> command.add("-D" + p));
        command.addAll(List.of("-jar", demoDir.resolve("payara-micro.jar").toString(),
                "--deploy", demoDir.resolve("ROOT.war").toString(),
                "--deploy", demoDir.resolve("v4_6_release.war").toString(),
                "--port", String.valueOf(port),
                "--nocluster", "--nohazelcast",
                "--prebootcommandfile", preboot.toString(),
                "--rootdir", work.resolve("demo-runtime-" + kind).toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        DemoServer server = new DemoServer(kind, port, process, log);
        try {
            server.awaitReady();
        } catch (RuntimeException | IOException e) {
            server.close();
            throw e;
        }
        LOG.info(() -> "Demo server (psa.kind=" + kind + ") ready on port " + port);
        return server;
    }

    private void awaitReady() throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(STARTUP_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited early; see " + log + "\n" + tail());
            }
            if (answers(http, url("/v4_6_release/sandbox/stats")) && answers(http, url("/login.xhtml"))) {
                return;
            }
            try {
                process.waitFor(500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the demo server", e);
            }
        }
        throw new IllegalStateException("The demo server was not ready within " + STARTUP_LIMIT + "; see " + log
                + "\n" + tail());
    }

    private static boolean answers(HttpClient http, URI uri) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The ConnectWise-shaped base URL of the sandbox, for connector tests. */
    public URI psaBaseUrl() {
        return url("/v4_6_release/apis/3.0");
    }

    /** The sandbox's Autotask zone-discovery root ({@code psa.autotask.url}), for connector tests. */
    public URI autotaskUrl() {
        return url("/v4_6_release/atservicesrest/");
    }

    /** The sandbox's Autotask API base ({@code .../atservicesrest/V1.0}). */
    public URI autotaskApiBase() {
        return url("/v4_6_release/atservicesrest/V1.0");
    }

    /** The portal's {@code psa.kind}. */
    public String kind() {
        return kind;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
