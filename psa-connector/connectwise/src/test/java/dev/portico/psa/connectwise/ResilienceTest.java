package dev.portico.psa.connectwise;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.failsafe.CircuitBreaker;
import dev.portico.psa.PsaRateLimitedException;
import dev.portico.psa.PsaUnavailableException;
import dev.portico.psa.connectwise.contract.ConnectWiseWireMockTest;
import dev.portico.psa.connectwise.rest.CompanyClient;
import dev.portico.psa.connectwise.rest.CwContact;
import dev.portico.psa.connectwise.rest.CwValidatePortalRequest;
import dev.portico.psa.testing.Await;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResilienceTest extends ConnectWiseWireMockTest {

    private static final String CONTACT = "/company/contacts/7";

    private static CwContact readContact(ConnectWiseConnection cw) {
        return cw.read(() -> cw.client(CompanyClient.class).contact(7, "id"));
    }

    /**
     * The stub would answer 200 after 3 s: failing proves the read timeout fired (no clock needed), and the
     * meter shows that the read was attempted exactly as often as configured.
     */
    @Test
    void aSlowPsaFailsAsUnavailableAfterItsReadTimeouts() {
        ConnectWiseConnection cw = connection(Map.of(
                "psa.http.read-timeout-ms", "200", "psa.retry.max-attempts", "2", "psa.retry.initial-delay-ms", "10"));
        PSA.stubFor(get(urlPathEqualTo(api(CONTACT))).willReturn(okJson("{\"id\":7}").withFixedDelay(3000)));

        PsaUnavailableException slow = assertThrows(PsaUnavailableException.class, () -> readContact(cw));

        assertTrue(causedBy(slow, SocketTimeoutException.class), "a read timeout: " + slow);
        assertEquals(2, meter.total(), "the first attempt and one retry");
        assertFalse(Thread.currentThread().isInterrupted());
    }

    /**
     * Ten attempts of at most 300 ms are allowed, but the whole read is bounded at 400 ms: the overall timeout
     * ends it (its own message) after at most two attempts.
     */
    @Test
    void theOverallCallTimeoutBoundsRetries() {
        ConnectWiseConnection cw = connection(Map.of("psa.http.read-timeout-ms", "300", "psa.call.timeout-ms", "400",
                "psa.retry.max-attempts", "10", "psa.retry.initial-delay-ms", "10", "psa.circuit.failure-threshold", "50"));
        PSA.stubFor(get(urlPathEqualTo(api(CONTACT))).willReturn(okJson("{\"id\":7}").withFixedDelay(2000)));

        PsaUnavailableException slow = assertThrows(PsaUnavailableException.class, () -> readContact(cw));

        assertEquals("PSA did not answer within 400 ms", slow.getMessage(), "the overall timeout ended it");
        assertTrue(slow.getCause() instanceof dev.failsafe.TimeoutExceededException, String.valueOf(slow.getCause()));
        assertTrue(meter.total() <= 2, "no more attempts after the overall timeout: " + meter.total());
        assertFalse(Thread.interrupted(), "the timeout must not leave the caller interrupted");
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void a429WaitsForRetryAfterThenSucceeds() {
        ConnectWiseConnection cw = connection();
        PSA.stubFor(get(urlPathEqualTo(api(CONTACT))).inScenario("limit").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
                .willSetStateTo("cooled"));
        PSA.stubFor(get(urlPathEqualTo(api(CONTACT))).inScenario("limit").whenScenarioStateIs("cooled")
                .willReturn(okJson("{\"id\":7,\"firstName\":\"Ava\"}")));

        long start = System.nanoTime();
        CwContact contact = readContact(cw);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals("Ava", contact.firstName());
        assertTrue(took.compareTo(Duration.ofMillis(950)) >= 0, "waited only " + took);
        PSA.verify(2, getRequestedFor(urlPathEqualTo(api(CONTACT))));
    }

    @Test
    void aRetryAfterLongerThanWeWaitFailsAtOnce() {
        ConnectWiseConnection cw = connection(Map.of("psa.rate-limit.max-wait-ms", "2000"));
        PSA.stubFor(get(urlPathEqualTo(api(CONTACT))).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));

        PsaRateLimitedException limited = assertThrows(PsaRateLimitedException.class, () -> readContact(cw));

        assertEquals(Duration.ofSeconds(120), limited.retryAfter());
        PSA.verify(1, getRequestedFor(urlPathEqualTo(api(CONTACT))));
    }

    @Test
    void aGetThatFailsWith500IsRetried() {
        ConnectWiseConnection cw = connection(Map.of("psa.retry.initial-delay-ms", "10"));
        PSA.stubFor(get(urlPathEqualTo(api(CONTACT))).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("ok"));
        PSA.stubFor(get(urlPathEqualTo(api(CONTACT))).inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"id\":7}")));

        assertEquals(7L, readContact(cw).id());
        PSA.verify(2, getRequestedFor(urlPathEqualTo(api(CONTACT))));
        assertEquals(2, meter.total(), "both attempts are PSA calls");
    }

    @Test
    void aPostThatFailsWith500IsNotRetried() {
        ConnectWiseConnection cw = connection(Map.of("psa.retry.initial-delay-ms", "10"));
        String path = "/company/contacts/validatePortalCredentials";
        PSA.stubFor(post(urlPathEqualTo(api(path))).willReturn(aResponse().withStatus(500)));

        assertThrows(PsaUnavailableException.class, () -> cw.write(() ->
                cw.client(CompanyClient.class).validatePortalCredentials(new CwValidatePortalRequest("a@b.c", "x"))));

        PSA.verify(1, postRequestedFor(urlPathEqualTo(api(path))));
    }

    @Test
    void theCircuitOpensOnRepeatedFailuresAndClosesWhenThePsaRecovers() {
        ConnectWiseConnection cw = connection(Map.of("psa.retry.max-attempts", "1", "psa.circuit.failure-threshold", "3",
                "psa.circuit.delay-ms", "300"));
        PSA.stubFor(get(urlPathEqualTo(api(CONTACT))).willReturn(aResponse().withStatus(502)));

        for (int i = 0; i < 3; i++) {
            assertThrows(PsaUnavailableException.class, () -> readContact(cw));
        }
        assertEquals(CircuitBreaker.State.OPEN, cw.circuitState());
        PsaUnavailableException fastFailure = assertThrows(PsaUnavailableException.class, () -> readContact(cw));
        assertTrue(fastFailure.getMessage().contains("circuit"), fastFailure.getMessage());
        PSA.verify(3, getRequestedFor(urlPathEqualTo(api(CONTACT))));

        PSA.stubFor(get(urlPathEqualTo(api(CONTACT))).willReturn(okJson("{\"id\":7}")));
        Await.until(() -> {
            try {
                return readContact(cw).id() == 7;
            } catch (PsaUnavailableException stillOpen) {
                return false;
            }
        }, Duration.ofSeconds(5), "the circuit to half-open and let a probe through");

        assertEquals(CircuitBreaker.State.CLOSED, cw.circuitState());
        PSA.verify(4, getRequestedFor(urlPathEqualTo(api(CONTACT))));
    }

    @Test
    void rejectionsAndNotFoundDoNotOpenTheCircuit() {
        ConnectWiseConnection cw = connection(Map.of("psa.circuit.failure-threshold", "2"));
        PSA.stubFor(get(urlPathEqualTo(api(CONTACT))).willReturn(aResponse().withStatus(404)));

        for (int i = 0; i < 4; i++) {
            assertThrows(dev.portico.psa.PsaNotFoundException.class, () -> readContact(cw));
        }

        assertEquals(CircuitBreaker.State.CLOSED, cw.circuitState());
        PSA.verify(4, getRequestedFor(urlPathEqualTo(api(CONTACT))));
    }
}
