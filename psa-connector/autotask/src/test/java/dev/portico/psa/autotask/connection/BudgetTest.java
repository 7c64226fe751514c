package dev.portico.psa.autotask.connection;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.psa.PageRequest;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaBudgetExhaustedException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.autotask.AtBudget;
import dev.portico.psa.autotask.AutotaskConnection;
import dev.portico.psa.autotask.contract.AutotaskWireMockTest;
import dev.portico.psa.autotask.ticket.AutotaskTicketGateway;
import dev.portico.psa.ticket.TicketQuery;
import jakarta.json.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class BudgetTest extends AutotaskWireMockTest {

    static jakarta.json.JsonObject threshold(long used) {
        return Json.createObjectBuilder().add("externalRequestThreshold", 10000).add("requestThresholdTimeframe", 60)
                .add("currentTimeframeRequestCount", used).build();
    }

    @Test
    void warnsAt75And90PercentAndRefusesNonEssentialCallsAbove90() {
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(AtBudget.class.getName());
        logger.addHandler(handler);
        try {
            AtBudget budget = new AtBudget(Duration.ofMinutes(3), 75, 90, Clock.systemUTC());
            budget.update(threshold(7000));
            assertEquals(AtBudget.Level.NORMAL, budget.level());
            budget.update(threshold(7600));
            assertEquals(AtBudget.Level.WARNING, budget.level());
            budget.admit(false);
            budget.update(threshold(9100));
            assertEquals(AtBudget.Level.CRITICAL, budget.level());
            assertEquals(91, budget.percent());
            budget.admit(true);
            assertThrows(PsaBudgetExhaustedException.class, () -> budget.admit(false));

            List<LogRecord> warnings = records.stream().filter(r -> r.getLevel() == Level.WARNING).toList();
            assertEquals(2, warnings.size());
        } finally {
            logger.removeHandler(handler);
        }
    }

    @Test
    void theThresholdIsReadAtMostEveryPollIntervalAndChartsStopAbove90Percent() {
        PSA.stubFor(get(urlPathEqualTo(api("/ThresholdInformation"))).willReturn(okJson(threshold(9500).toString())));
        PSA.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo(api("/Tickets/query/count")))
                .willReturn(okJson("{\"queryCount\":2}")));
        AutotaskConnection at = connection();
        AutotaskTicketGateway tickets = new AutotaskTicketGateway(at);
        PsaScope scope = new PsaScope(175, 30684646, Set.of(Permission.VIEW_COMPANY_TICKETS));

        assertEquals(2, tickets.count(scope, TicketQuery.all()));
        assertEquals(2, tickets.count(scope, TicketQuery.all()));
        assertEquals(AtBudget.Level.CRITICAL, at.budget().level());
        assertThrows(PsaBudgetExhaustedException.class,
                () -> tickets.createdAndCompletedByMonth(scope, TicketQuery.all(), YearMonth.of(2025, 6), 12));
        assertThrows(PsaBudgetExhaustedException.class, () -> tickets.openByRequestType(scope, TicketQuery.all()));

        PSA.verify(1, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo(api("/ThresholdInformation"))));
        PSA.verify(0, com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlPathEqualTo(api("/Tickets/query"))));
        assertTrue(tickets.search(scope, TicketQuery.builder().ticketNumber("bad").build(), PageRequest.first(5), null)
                .items().isEmpty());
    }
}
