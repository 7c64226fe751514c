package dev.portico.sandbox.autotask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.sandbox.api.FakeRequest;
import dev.portico.sandbox.faults.ApiStats;
import dev.portico.sandbox.faults.FaultKnobs;
import dev.portico.sandbox.store.Jsons;
import jakarta.json.JsonObject;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Credentials, fault knobs, the hourly threshold and the concurrency limit as Autotask clients see them. */
class AutotaskGateTest {

    private static final AutotaskSettings SETTINGS = new AutotaskSettings(k -> null, k -> null);
    private final FaultKnobs knobs = new FaultKnobs();
    private final AtLimits limits = new AtLimits();

    private static FakeRequest request(String path, String... headers) {
        return new FakeRequest(path, headers);
    }

    private static FakeRequest authenticated(String path) {
        return request(path, "ApiIntegrationCode", AutotaskSettings.DEFAULT_INTEGRATION_CODE,
                "UserName", AutotaskSettings.DEFAULT_USER_NAME, "Secret", AutotaskSettings.DEFAULT_SECRET);
    }

    private FakeRequest call(FakeRequest r) {
        AutotaskGate.filter(r.context(), knobs, SETTINGS, limits);
        return r;
    }

    private static JsonObject body(FakeRequest r) {
        return Jsons.parse((String) r.aborted.getEntity()).asJsonObject();
    }

    /** The request context with a method and removeProperty, which FakeRequest does not answer. */
    private static ContainerRequestContext withMethod(FakeRequest r, String method) {
        ContainerRequestContext inner = r.context();
        return (ContainerRequestContext) Proxy.newProxyInstance(AutotaskGateTest.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (p, m, a) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "removeProperty" -> r.properties.remove((String) a[0]);
                    default -> m.invoke(inner, a);
                });
    }

    @Test
    void theThreeHeadersAreCheckedOnEveryCallButZoneInformation() {
        assertNull(call(authenticated("v1.0/Tickets/query")).aborted);
        FakeRequest none = call(request("v1.0/Tickets/query"));
        assertEquals(401, none.aborted.getStatus());
        assertEquals(1, body(none).getJsonArray("errors").size());
        FakeRequest wrongSecret = call(request("v1.0/Tickets/query", "ApiIntegrationCode",
                AutotaskSettings.DEFAULT_INTEGRATION_CODE, "UserName", AutotaskSettings.DEFAULT_USER_NAME,
                "Secret", "nope"));
        assertEquals(401, wrongSecret.aborted.getStatus());
        FakeRequest userCase = call(request("v1.0/Tickets/query", "ApiIntegrationCode",
                AutotaskSettings.DEFAULT_INTEGRATION_CODE, "UserName", AutotaskSettings.DEFAULT_USER_NAME.toUpperCase(),
                "Secret", AutotaskSettings.DEFAULT_SECRET));
        assertNull(userCase.aborted, "the user name is compared without regard to case");
        assertNull(call(request("v1.0/ZoneInformation")).aborted);
    }

    @Test
    void credentialsAreConfigurableAndTheAdapterKeysAreTheFallback() {
        AutotaskSettings s = new AutotaskSettings(k -> switch (k) {
            case "sandbox.autotask.secret" -> "s1";
            case "psa.autotask.secret" -> "s2";
            case "psa.autotask.user-name" -> "api@msp.example";
            default -> null;
        }, k -> k.equals("SANDBOX_AUTOTASK_INTEGRATION_CODE") ? "CODE" : null);
        assertEquals("s1", s.secret());
        assertEquals("api@msp.example", s.userName());
        assertEquals("CODE", s.integrationCode());
    }

    @Test
    void theAdaptersOwnUserNameKeyIsAcceptedToo() {
        AutotaskSettings s = new AutotaskSettings(k -> k.equals("psa.autotask.username") ? "api@msp.example" : null,
                k -> null);
        assertEquals("api@msp.example", s.userName());
        assertEquals(AutotaskSettings.DEFAULT_USER_NAME, new AutotaskSettings(k -> null, k -> null).userName());
    }

    @Test
    void faultKnobsAnswerWithAutotaskErrorBodies() {
        knobs.update(Jsons.parse("{\"rateLimitRemaining\":1,\"retryAfterSeconds\":7}").asJsonObject());
        FakeRequest limited = call(authenticated("v1.0/Tickets/query"));
        assertEquals(429, limited.aborted.getStatus());
        assertEquals("7", limited.aborted.getHeaderString("Retry-After"));
        assertTrue(body(limited).containsKey("errors"));
        knobs.update(Jsons.parse("{\"down\":true}").asJsonObject());
        FakeRequest down = call(request("v1.0/Tickets/query"));
        assertEquals(503, down.aborted.getStatus(), "a PSA that is down checks no credentials");
        knobs.update(Jsons.parse("{\"down\":false,\"errorRate\":1}").asJsonObject());
        FakeRequest error = call(authenticated("v1.0/Tickets/query"));
        assertEquals(500, error.aborted.getStatus());
        assertEquals("error", error.properties.get(AutotaskGate.FAULT_PROPERTY));
        knobs.update(Jsons.parse("{\"errorRate\":0,\"latencyMs\":120}").asJsonObject());
        long start = System.nanoTime();
        assertNull(call(authenticated("v1.0/Tickets/query")).aborted);
        assertTrue((System.nanoTime() - start) / 1_000_000 >= 120);
    }

    @Test
    void thresholdInformationCountsTheRollingHour() {
        AtomicLong now = new AtomicLong(1_000_000);
        AtLimits hour = new AtLimits(now::get);
        assertTrue(hour.count(3));
        now.addAndGet(10 * 60 * 1000);
        assertTrue(hour.count(3));
        assertTrue(hour.count(3));
        assertFalse(hour.count(3), "the fourth request in the hour is over a threshold of 3");
        assertEquals(3, hour.requestsThisHour());
        now.addAndGet(50 * 60 * 1000);
        assertEquals(2, hour.requestsThisHour(), "the first request has left the rolling hour");
        assertTrue(hour.count(3));
    }

    @Test
    void overTheThresholdTheApiAnswers429() {
        AutotaskSettings tight = new AutotaskSettings(k -> k.equals("sandbox.autotask.request-threshold") ? "2" : null,
                k -> null);
        for (int i = 0; i < 2; i++) {
            FakeRequest ok = authenticated("v1.0/Companies/query");
            AutotaskGate.filter(ok.context(), knobs, tight, limits);
            assertNull(ok.aborted);
            AutotaskGate.after(withMethod(ok, "POST"), 200, limits, new ApiStats());
        }
        FakeRequest over = authenticated("v1.0/Companies/query");
        AutotaskGate.filter(over.context(), knobs, tight, limits);
        assertEquals(429, over.aborted.getStatus());
        assertTrue(body(over).getJsonArray("errors").getString(0).contains("threshold"));
    }

    @Test
    void atMostThreeConcurrentCallsPerEndpointAndIntegrationCode() {
        List<FakeRequest> running = List.of(call(authenticated("v1.0/Tickets/query")),
                call(authenticated("v1.0/tickets/123")), call(authenticated("V1.0/TICKETS/query/count")));
        running.forEach(r -> assertNull(r.aborted));
        FakeRequest fourth = call(authenticated("v1.0/Tickets/query"));
        assertEquals(429, fourth.aborted.getStatus());
        assertTrue(body(fourth).getJsonArray("errors").getString(0).startsWith("Thread threshold exceeded"));
        assertNull(call(authenticated("v1.0/Contacts/query")).aborted, "another endpoint has its own slots");
        assertNull(call(request("v1.0/ZoneInformation")).aborted, "ZoneInformation is exempt");
        ApiStats stats = new ApiStats();
        AutotaskGate.after(withMethod(running.get(0), "POST"), 200, limits, stats);
        assertNull(call(authenticated("v1.0/Tickets/query")).aborted, "a finished call frees its slot");
        assertEquals(1, stats.calls("POST", "/atservicesrest/V1.0/Tickets/query"));
    }

    @Test
    void statisticsUseCanonicalTemplates() {
        assertEquals("/atservicesrest/V1.0/Tickets/{id}/Notes", AutotaskGate.template("v1.0/tickets/10001/notes"));
        assertEquals("/atservicesrest/V1.0/TicketNotes/query/count", AutotaskGate.template("V1.0/ticketnotes/Query/COUNT"));
        assertEquals("/atservicesrest/V1.0/Companies/{id}/Contacts", AutotaskGate.template("v1.0/Companies/250/contacts"));
        assertEquals("/atservicesrest/V1.0/ZoneInformation", AutotaskGate.template("v1.0/zoneinformation"));
        assertEquals("/atservicesrest/(unmatched)", AutotaskGate.template("v1.0/Widgets/query"));
    }

    @Test
    void theBasePathIsFoundInAnyCase() {
        assertEquals("/atservicesrest/V1.0/Tickets/query", CaseInsensitivePrefix.target("/ATServicesRest/V1.0/Tickets/query"));
        assertNull(CaseInsensitivePrefix.target("/atservicesrest/V1.0/Tickets/query"));
        assertNull(CaseInsensitivePrefix.target("/apis/3.0/service/tickets"));
        assertNull(CaseInsensitivePrefix.target("/ATServicesRestX/V1.0"));
        assertEquals("/atservicesrest", CaseInsensitivePrefix.target("/ATSERVICESREST"));
    }
}
