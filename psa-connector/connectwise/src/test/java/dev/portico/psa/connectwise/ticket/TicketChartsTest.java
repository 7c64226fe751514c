package dev.portico.psa.connectwise.ticket;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.portico.psa.connectwise.CwFixtures.AVA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.psa.PsaCallMeter;
import dev.portico.psa.connectwise.CwFixtures;
import dev.portico.psa.connectwise.contract.ConnectWiseWireMockTest;
import dev.portico.psa.ticket.RequestTypeCount;
import dev.portico.psa.ticket.TicketMonth;
import dev.portico.psa.ticket.TicketQuery;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TicketChartsTest extends ConnectWiseWireMockTest {

    private ConnectWiseTicketGateway tickets;

    @BeforeEach
    void setUp() {
        CwFixtures.stubReferenceData(PSA);
        tickets = new ConnectWiseTicketGateway(connection());
    }

    @Test
    void twelveMonthsOfCreatedAndCompletedTicketsTakeOneProjectedCall() {
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets"))).willReturn(okJson("""
                [{"id":1,"_info":{"dateEntered":"2024-07-03T10:00:00Z"},"closedDate":"2024-07-04T10:00:00Z","closedFlag":true},
                 {"id":2,"_info":{"dateEntered":"2024-06-30T23:00:00Z"},"closedDate":"2024-07-01T08:00:00Z","closedFlag":true},
                 {"id":3,"_info":{"dateEntered":"2025-06-15T10:00:00Z"}},
                 {"id":4,"_info":{"dateEntered":"2025-06-16T10:00:00Z"}}]""")));

        List<TicketMonth> months;
        try (PsaCallMeter.Unit unit = meter.open("812")) {
            months = tickets.createdAndCompletedByMonth(AVA, TicketQuery.builder().siteId(51L).build(), YearMonth.of(2025, 6), 12);
            assertEquals(1, unit.operations().get("GET /service/tickets"));
        }

        assertEquals(12, months.size());
        assertEquals(new TicketMonth(YearMonth.of(2024, 7), 1, 2), months.get(0));
        assertEquals(new TicketMonth(YearMonth.of(2025, 6), 2, 0), months.get(11));
        assertEquals(5, months.stream().mapToLong(m -> m.created() + m.completed()).sum());
        PSA.verify(getRequestedFor(urlPathEqualTo(api("/service/tickets")))
                .withQueryParam("conditions", equalTo("(company/id=250) AND (site/id=51 AND ("
                        + "(dateEntered>=[2024-07-01T00:00:00Z] AND dateEntered<[2025-07-01T00:00:00Z]) OR "
                        + "(closedDate>=[2024-07-01T00:00:00Z] AND closedDate<[2025-07-01T00:00:00Z])))"))
                .withQueryParam("fields", equalTo("id,closedDate,closedFlag,_info/dateEntered"))
                .withQueryParam("pageSize", equalTo("1000")));
    }

    @Test
    void openTicketsByRequestTypeTakeOneProjectedCall() {
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets"))).willReturn(okJson("""
                [{"id":1,"board":{"id":1},"type":{"id":21}},{"id":2,"board":{"id":1},"type":{"id":21}},
                 {"id":3,"board":{"id":1},"type":{"id":23}},{"id":4,"board":{"id":9},"type":{"id":99}}]""")));

        List<RequestTypeCount> counts = tickets.openByRequestType(AVA, TicketQuery.all());

        assertEquals(List.of(new RequestTypeCount("incident", "Incident", 2), new RequestTypeCount("query", "Query", 0),
                new RequestTypeCount("change-request", "Change Request", 1), new RequestTypeCount(null, "", 1)), counts);
        PSA.verify(1, getRequestedFor(urlPathEqualTo(api("/service/tickets")))
                .withQueryParam("conditions", equalTo("(company/id=250) AND (closedFlag=false)"))
                .withQueryParam("fields", equalTo("id,board,type")));
    }
}
