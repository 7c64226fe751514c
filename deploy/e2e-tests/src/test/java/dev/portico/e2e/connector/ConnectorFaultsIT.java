package dev.portico.e2e.connector;

import static dev.portico.e2e.connector.Adapter.AVA;
import static dev.portico.e2e.connector.Adapter.CONTOSO;
import static dev.portico.e2e.connector.Adapter.PREFIX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.failsafe.CircuitBreaker;
import dev.portico.e2e.support.DemoServer;
import dev.portico.e2e.support.DemoServerExtension;
import dev.portico.e2e.support.PsaSandbox;
import dev.portico.psa.PsaRateLimitedException;
import dev.portico.psa.PsaUnavailableException;
import dev.portico.psa.ticket.NewTicket;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketAction;
import dev.portico.psa.ticket.TicketQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The connector's failure handling against the sandbox's fault knobs: a slow PSA fails fast as unavailable,
 * a 429 is waited out, a failed read is retried, a failed create is not (and its idempotency token prevents
 * a duplicate), and the circuit breaker opens and closes again. Each test has its own connection (its own
 * circuit) with short timeouts; the knobs are reset after every test. Every case runs once per adapter
 * ({@link ConnectWiseFaultsIT}, {@link AutotaskFaultsIT}); the sandbox's knobs act on both faces alike.
 */
@ExtendWith(DemoServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConnectorFaultsIT {

    /** The adapter under test. */
    abstract Adapter.Kind kind();

    private static final TicketQuery CONTOSO_TICKETS = TicketQuery.all();

    private static DemoServer server;
    private static PsaSandbox sandbox;
    private static final List<Long> createdTickets = new ArrayList<>();

    @BeforeAll
    void connect(DemoServer demo) {
        createdTickets.clear();
        server = demo;
        sandbox = new PsaSandbox(demo);
        sandbox.resetFaults();
    }

    @AfterEach
    void resetFaults() {
        sandbox.resetFaults();
    }

    /** Tickets made here are closed again, so they do not linger in Contoso's open lists. */
    @AfterAll
    void closeCreatedTickets() {
        sandbox.resetFaults();
        try (Adapter psa = Adapter.to(kind(), server)) {
            for (long id : createdTickets) {
                psa.tickets.changeStatus(AVA, id, TicketAction.CLOSE, null);
            }
        }
    }

    @Test
    void aSlowPsaFailsFastAsUnavailable() {
        Duration callTimeout = Duration.ofMillis(600);
        try (Adapter psa = Adapter.to(kind(), server, Map.of(
                "psa.http.connect-timeout-ms", "300",
                "psa.http.read-timeout-ms", "300",
                "psa.call.timeout-ms", String.valueOf(callTimeout.toMillis()),
                "psa.health.timeout-ms", "300",
                "psa.retry.initial-delay-ms", "50",
                "psa.retry.max-delay-ms", "100"))) {
            long expected = psa.tickets.count(AVA, CONTOSO_TICKETS);
            PsaSandbox.Stats before = sandbox.stats();
            long attemptsBefore = psa.meter().total();
            sandbox.setFaults("{\"latencyMs\":2500}");

            // The sandbox answers 200 after 2.5 s: failing proves the timeouts fired, whatever this machine's speed.
            PsaUnavailableException slow = assertThrows(PsaUnavailableException.class,
                    () -> psa.tickets.count(AVA, CONTOSO_TICKETS));
            assertFalse(slow instanceof PsaRateLimitedException, slow.toString());
            assertTrue(slow.getMessage().startsWith("PSA did not answer"), "a timeout: " + slow);

            long probesBefore = psa.meter().total();
            assertFalse(psa.health.reachable(), "the readiness probe reports a PSA slower than its timeout as not reachable");
            assertEquals(1, psa.meter().total() - probesBefore, "the probe is one call, not retried");

            // The abandoned calls still finish in the sandbox; wait for them so they do not skew the next test's stats.
            long calls = psa.meter().total() - attemptsBefore;
            assertTrue(calls - 1 >= 2, "the read was attempted again after the first timeout: " + (calls - 1));
            Poll.until(Duration.ofSeconds(15), Duration.ofMillis(50), "the sandbox to finish the slow calls",
                    () -> sandbox.stats().total() - before.total() >= calls);
            sandbox.resetFaults();
            assertEquals(expected, psa.tickets.count(AVA, CONTOSO_TICKETS), "and it answers again once fast");
        }
    }

    @Test
    void aRateLimitedReadWaitsForRetryAfterAndThenSucceeds() {
        try (Adapter psa = Adapter.to(kind(), server)) {
            long expected = psa.tickets.count(AVA, CONTOSO_TICKETS);
            PsaSandbox.Stats before = sandbox.stats();
            sandbox.setFaults("{\"rateLimitRemaining\":1,\"retryAfterSeconds\":1}");

            long start = System.nanoTime();
            long counted = psa.tickets.count(AVA, CONTOSO_TICKETS);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

            PsaSandbox.Stats after = sandbox.stats();
            assertEquals(expected, counted);
            assertEquals(1, after.faultsInjected("rateLimited") - before.faultsInjected("rateLimited"),
                    "the sandbox answered 429 once");
            assertEquals(1, after.status(429) - before.status(429));
            assertEquals(2, after.endpoint(kind().ticketCount) - before.endpoint(kind().ticketCount), "the 429, then the successful retry");
            assertTrue(elapsed.compareTo(Duration.ofMillis(900)) >= 0, "waited for Retry-After: 1; took " + elapsed);
            assertEquals(0, sandbox.faults().getInt("rateLimitRemaining"));
        }
    }

    @Test
    void aGetThatFailsIsRetriedAndSucceeds() {
        try (Adapter psa = Adapter.to(kind(), server, Map.of("psa.retry.initial-delay-ms", "50",
                "psa.retry.max-delay-ms", "100"))) {
            long expected = psa.tickets.count(AVA, CONTOSO_TICKETS);
            PsaSandbox.Stats before = sandbox.stats();
            sandbox.setFaults("{\"errorRate\":0.5}");

            long counted = psa.tickets.count(AVA, CONTOSO_TICKETS);

            PsaSandbox.Stats after = sandbox.stats();
            assertEquals(expected, counted);
            assertEquals(1, after.faultsInjected("error") - before.faultsInjected("error"), "the first call got a 500");
            assertEquals(1, after.status(500) - before.status(500));
            assertEquals(2, after.endpoint(kind().ticketCount) - before.endpoint(kind().ticketCount), "the 500, then the successful retry");
        }
    }

    @Test
    void aCreateThatFailsIsNotRetriedAndItsTokenPreventsADuplicate() {
        try (Adapter psa = Adapter.to(kind(), server, Map.of("psa.retry.initial-delay-ms", "50",
                "psa.retry.max-delay-ms", "100"))) {
            psa.warmReferenceData();
            String token = token();
            NewTicket draft = newTicket(token, "idempotent create");
            PsaSandbox.Stats before = sandbox.stats();
            // errorRate 0.5 fails calls 1, 3, 5...: ConnectWise: the lookup of the token (1, retried as 2), then the
            // POST (3). Autotask first reads the site (1, retried as 2) to check it is the company's, then looks the
            // token up (3, retried as 4), then the POST (5).
            sandbox.setFaults("{\"errorRate\":0.5}");
            int failedReads = kind() == Adapter.Kind.AUTOTASK ? 2 : 1;

            assertThrows(PsaUnavailableException.class, () -> psa.tickets.create(AVA, draft));

            PsaSandbox.Stats failed = sandbox.stats();
            sandbox.resetFaults();
            assertEquals(1, failed.endpoint(kind().ticketCreate) - before.endpoint(kind().ticketCreate),
                    "the failed POST was sent once and not retried");
            assertEquals(failedReads + 1, failed.faultsInjected("error") - before.faultsInjected("error"),
                    "the reads before the POST and the POST each got a 500");
            assertEquals(3, failed.endpoint(kind().ticketLookup) - before.endpoint(kind().ticketLookup),
                    "the token was looked up before the POST (retried once) and again after it failed");
            assertEquals(0, ticketsWithToken(token), "the failed POST made no ticket");

            Ticket created = psa.tickets.create(AVA, draft);
            createdTickets.add(created.id());
            Ticket againHere = psa.tickets.create(AVA, draft);
            Ticket againOnAnotherNode = psa.freshTicketGateway().create(AVA, draft);

            PsaSandbox.Stats after = sandbox.stats();
            assertEquals(created.id(), againHere.id());
            assertEquals(created.id(), againOnAnotherNode.id(), "found through its token in the PSA");
            assertEquals(1, after.endpoint(kind().ticketCreate) - failed.endpoint(kind().ticketCreate),
                    "three creates with one token sent one POST");
            assertEquals(1, ticketsWithToken(token), "exactly one ticket carries the token");
            assertEquals(created.id(), psa.tickets.findByIdempotencyToken(AVA, token).orElseThrow().id());
        }
    }

    @Test
    void aCreateWhoseAnswerWasLostIsFoundInsteadOfSentAgain() {
        try (Adapter psa = Adapter.to(kind(), server)) {
            psa.warmReferenceData();
            String token = token();
            // As if an earlier POST (another node, or one that timed out) reached the PSA but its answer was lost.
            long earlier = sandbox.post("/service/tickets", "{\"summary\":\"" + PREFIX + " answer lost\","
                    + "\"company\":{\"id\":" + CONTOSO + "},\"contact\":{\"id\":" + AVA.contactId() + "},"
                    + "\"externalXRef\":\"" + token + "\"}").getJsonNumber("id").longValue();
            createdTickets.add(earlier);
            PsaSandbox.Stats before = sandbox.stats();

            Ticket ticket = psa.tickets.create(AVA, newTicket(token, "answer lost"));

            assertEquals(earlier, ticket.id());
            assertEquals(before.endpoint(kind().ticketCreate), sandbox.stats().endpoint(kind().ticketCreate),
                    "no second POST");
            assertEquals(1, ticketsWithToken(token));
        }
    }

    @Test
    void theCircuitOpensWhenThePsaIsDownAndClosesWhenItIsBack() {
        int threshold = 3;
        Duration delay = Duration.ofMillis(1000);
        try (Adapter psa = Adapter.to(kind(), server, Map.of(
                "psa.circuit.failure-threshold", String.valueOf(threshold),
                "psa.circuit.delay-ms", String.valueOf(delay.toMillis()),
                "psa.retry.max-attempts", "1"))) {
            long expected = psa.tickets.count(AVA, CONTOSO_TICKETS);
            PsaSandbox.Stats before = sandbox.stats();
            sandbox.setFaults("{\"down\":true}");

            int calls = 0;
            while (psa.circuitState() != CircuitBreaker.State.OPEN && calls < 10) {
                assertThrows(PsaUnavailableException.class, () -> psa.tickets.count(AVA, CONTOSO_TICKETS));
                calls++;
            }
            long openedAt = System.nanoTime();
            assertEquals(CircuitBreaker.State.OPEN, psa.circuitState());
            assertEquals(threshold, calls, "the circuit opened after " + threshold + " consecutive failures");
            PsaSandbox.Stats opened = sandbox.stats();
            assertEquals(threshold, opened.faultsInjected("down") - before.faultsInjected("down"));

            long attemptsWhileOpen = psa.meter().total();
            for (int i = 0; i < 5; i++) {
                PsaUnavailableException open = assertThrows(PsaUnavailableException.class,
                        () -> psa.tickets.count(AVA, CONTOSO_TICKETS));
                assertTrue(open.getMessage().contains("circuit is open"), "failed fast by the circuit: " + open);
            }
            assertEquals(opened.total(), sandbox.stats().total(), "while open, no call reaches the PSA");
            assertEquals(attemptsWhileOpen, psa.meter().total(), "while open, the adapter sends nothing");

            sandbox.setFaults("{\"down\":false}");
            long[] answer = {-1};
            Poll.until(Duration.ofSeconds(10), Duration.ofMillis(50), "the circuit to close again", () -> {
                try {
                    answer[0] = psa.tickets.count(AVA, CONTOSO_TICKETS);
                    return psa.circuitState() == CircuitBreaker.State.CLOSED;
                } catch (PsaUnavailableException stillOpen) {
                    return false;
                }
            });
            Duration closedAfter = Duration.ofNanos(System.nanoTime() - openedAt);
            assertEquals(expected, answer[0]);
            assertTrue(closedAfter.compareTo(delay.dividedBy(2)) >= 0, "stayed open for its delay: " + closedAfter);
            assertTrue(sandbox.stats().total() > opened.total(), "the PSA is called again");
        }
    }

    private static NewTicket newTicket(String token, String what) {
        return new NewTicket(token, "query", 1001, AVA.contactId(), PREFIX + " " + what,
                "Made by ConnectorFaultsIT; closed again at the end of the test run.", null, null, false, List.of(),
                null, null, null);
    }

    private static long ticketsWithToken(String token) {
        return sandbox.count("/service/tickets", "externalXRef=" + PsaSandbox.quote(token));
    }

    private static String token() {
        return PREFIX + "-" + UUID.randomUUID();
    }
}
