package dev.portico.sandbox.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.sandbox.SandboxSettings;
import dev.portico.sandbox.faults.FaultKnobs;
import dev.portico.sandbox.store.Jsons;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The fault knobs and the authentication as the API's clients see them: status, headers and error body. */
class GateTest {

    private static final SandboxSettings SETTINGS = new SandboxSettings(k -> null, k -> null);
    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString("portico_demo+demo-public-key:demo-private-key".getBytes(StandardCharsets.UTF_8));
    private final FaultKnobs knobs = new FaultKnobs();

    private FakeRequest call() {
        FakeRequest request = new FakeRequest("service/tickets", "Authorization", AUTH,
                "clientId", SandboxSettings.DEFAULT_CLIENT_ID);
        ApiGate.filter(request.context(), knobs, SETTINGS);
        return request;
    }

    private static JsonObject body(FakeRequest r) {
        return Jsons.parse((String) r.aborted.getEntity()).asJsonObject();
    }

    @Test
    void authenticatedCallsPass() {
        FakeRequest r = call();
        assertNull(r.aborted);
        assertNull(r.properties.get(ApiGate.FAULT_PROPERTY));
    }

    @Test
    void missingCredentialsAre401WithAnErrorBody() {
        FakeRequest r = new FakeRequest("service/tickets", "clientId", SandboxSettings.DEFAULT_CLIENT_ID);
        ApiGate.filter(r.context(), knobs, SETTINGS);
        assertEquals(401, r.aborted.getStatus());
        assertEquals("Unauthorized", body(r).getString("code"));
        FakeRequest noClient = new FakeRequest("service/tickets", "Authorization", AUTH);
        ApiGate.filter(noClient.context(), knobs, SETTINGS);
        assertEquals(401, noClient.aborted.getStatus());
    }

    @Test
    void rateLimitAnswers429WithRetryAfterThenRecovers() {
        knobs.update(Jsons.parse("{\"rateLimitRemaining\":2,\"retryAfterSeconds\":4}").asJsonObject());
        for (int i = 0; i < 2; i++) {
            FakeRequest r = call();
            assertEquals(429, r.aborted.getStatus());
            assertEquals("4", r.aborted.getHeaderString("Retry-After"));
            assertEquals("TooManyRequests", body(r).getString("code"));
            assertEquals("rateLimited", r.properties.get(ApiGate.FAULT_PROPERTY));
        }
        assertNull(call().aborted);
    }

    @Test
    void downAnswers503AndErrorRateAnswers500() {
        knobs.update(Jsons.parse("{\"down\":true}").asJsonObject());
        FakeRequest down = call();
        assertEquals(503, down.aborted.getStatus());
        assertEquals("ServiceUnavailable", body(down).getString("code"));
        knobs.update(Jsons.parse("{\"down\":false,\"errorRate\":0.5}").asJsonObject());
        FakeRequest first = call();
        assertEquals(500, first.aborted.getStatus());
        assertTrue(body(first).containsKey("errors"));
        assertNull(call().aborted);
        assertEquals(500, call().aborted.getStatus());
    }

    @Test
    void faultsComeBeforeAuthentication() {
        knobs.update(Jsons.parse("{\"down\":true}").asJsonObject());
        FakeRequest r = new FakeRequest("service/tickets");
        ApiGate.filter(r.context(), knobs, SETTINGS);
        assertEquals(503, r.aborted.getStatus());
    }

    @Test
    void latencyDelaysTheCall() {
        knobs.update(Jsons.parse("{\"latencyMs\":150}").asJsonObject());
        long start = System.nanoTime();
        assertNull(call().aborted);
        assertTrue((System.nanoTime() - start) / 1_000_000 >= 150);
    }

    @Test
    void versionedAcceptHeadersBecomePlainJson() {
        FakeRequest r = new FakeRequest("service/tickets", "Accept",
                "application/vnd.connectwise.com+json; version=2025.8, application/json");
        new AcceptHeaderFilter().filter(r.context());
        assertEquals("application/json, application/json", r.headers.getFirst("Accept"));
        FakeRequest pdf = new FakeRequest("finance/invoices/9001/pdf", "Accept",
                "application/vnd.connectwise.com+json; version=2025.8");
        new AcceptHeaderFilter().filter(pdf.context());
        assertEquals("*/*", pdf.headers.getFirst("Accept"));
        FakeRequest plain = new FakeRequest("service/tickets", "Accept", "application/json");
        new AcceptHeaderFilter().filter(plain.context());
        assertEquals("application/json", plain.headers.getFirst("Accept"));
    }
}
