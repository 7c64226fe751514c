package dev.portico.e2e.home;

import dev.portico.e2e.support.DemoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few sandbox calls the Home tests need: the fault knobs (latency), the call statistics (how many PSA calls a
 * Home load cost, counted by the PSA side), and one direct ConnectWise-shaped call to time a single PSA round trip.
 */
final class SandboxAdmin {

    private static final String AUTHORIZATION = "Basic " + Base64.getEncoder().encodeToString(
            "portico_demo+demo-public-key:demo-private-key".getBytes(StandardCharsets.UTF_8));
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    private final DemoServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SandboxAdmin(DemoServer server) {
        this.server = server;
    }

    void latency(int millis) {
        send(HttpRequest.newBuilder(server.url("/v4_6_release/sandbox/faults"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"latencyMs\":" + millis + "}")));
    }

    void resetFaults() {
        send(HttpRequest.newBuilder(server.url("/v4_6_release/sandbox/faults/reset"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Every API call the sandbox has answered since its statistics were last reset. */
    long totalCalls() {
        Matcher total = TOTAL.matcher(send(HttpRequest.newBuilder(server.url("/v4_6_release/sandbox/stats")).GET()));
        if (!total.find()) {
            throw new IllegalStateException("The sandbox statistics have no total");
        }
        return Long.parseLong(total.group(1));
    }

    /** One ConnectWise call as the connector makes it (a ticket count of Contoso), timed in milliseconds. */
    double timedTicketCount() {
        URI uri = server.url("/v4_6_release/apis/3.0/service/tickets/count?conditions="
                + URLEncoder.encode("company/id=250 AND closedFlag=false", StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Authorization", AUTHORIZATION)
                .header("clientId", "3f6b6f0e-7c1a-4c55-9a59-5f6d3c1e0a11")
                .header("Accept", "application/vnd.connectwise.com+json; version=2025.8").GET();
        long start = System.nanoTime();
        send(request);
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    private String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.build().uri() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
