package dev.portico.psa.connectwise;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.portico.psa.connectwise.CwFixtures.AVA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.portico.psa.PageRequest;
import dev.portico.psa.configuration.ConfigurationQuery;
import dev.portico.psa.connectwise.configuration.ConnectWiseConfigurationGateway;
import dev.portico.psa.connectwise.contract.ConnectWiseWireMockTest;
import dev.portico.psa.connectwise.rest.CwQueryValue;
import dev.portico.psa.connectwise.rest.ServiceClient;
import dev.portico.psa.connectwise.ticket.ConnectWiseTicketGateway;
import dev.portico.psa.ticket.TicketQuery;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * User text with braces or percent signs reaches ConnectWise as typed. The REST client reads query values as
 * URI templates, so a {@code {} in a search used to fail the call (HTTP 500 on the ticket list) and a
 * {@code %41} used to arrive as {@code A}.
 */
class LiteralQueryValuesTest extends ConnectWiseWireMockTest {

    private static final String TYPED = "{printer} 100% %41 }{";

    @BeforeEach
    void setUp() {
        CwFixtures.stubReferenceData(PSA);
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets"))).willReturn(okJson("[]")));
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets/count"))).willReturn(okJson("{\"count\":0}")));
        PSA.stubFor(get(urlPathEqualTo(api("/company/configurations"))).willReturn(okJson("[]")));
        PSA.stubFor(get(urlPathEqualTo(api("/company/configurations/count"))).willReturn(okJson("{\"count\":0}")));
    }

    @Test
    void theTicketSearchTextArrivesAsTyped() {
        new ConnectWiseTicketGateway(connection()).search(AVA, TicketQuery.builder().text(TYPED).build(),
                PageRequest.first(10), null);

        String expected = "(company/id=250) AND (summary contains \"" + TYPED + "\")";
        PSA.verify(getRequestedFor(urlPathEqualTo(api("/service/tickets"))).withQueryParam("conditions", equalTo(expected)));
        PSA.verify(getRequestedFor(urlPathEqualTo(api("/service/tickets/count"))).withQueryParam("conditions", equalTo(expected)));
        assertEscapedOnTheWire("/service/tickets");
    }

    @Test
    void everyTextFilterOfTheConfigurationSearchArrivesAsTyped() {
        ConfigurationQuery query = new ConfigurationQuery(TYPED, null, null, null, null, null, null, TYPED + "s",
                TYPED + "m", TYPED + "t");

        new ConnectWiseConfigurationGateway(connection()).search(AVA, query, PageRequest.first(10), null);

        LoggedRequest sent = PSA.findAll(getRequestedFor(urlPathEqualTo(api("/company/configurations")))).get(0);
        String conditions = sent.queryParameter("conditions").firstValue();
        for (String text : List.of(TYPED, TYPED + "s", TYPED + "m", TYPED + "t")) {
            assertTrue(conditions.contains("contains \"" + text + "\""), conditions);
        }
        assertEscapedOnTheWire("/company/configurations");
    }

    @Test
    void aQueryValuePassedAsAMethodArgumentIsLiteralToo() {
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets/7"))).willReturn(okJson("{\"id\":7}")));

        connection().client(ServiceClient.class).ticket(7, "id,{summary}");

        LoggedRequest sent = PSA.findAll(getRequestedFor(urlPathEqualTo(api("/service/tickets/7")))).get(0);
        assertEquals("id,{summary}", sent.queryParameter("fields").firstValue());
        // "{summary}" is not a field of the published API; the request was only here to show the encoding.
        PSA.resetRequests();
    }

    @Test
    void onlyPercentAndBracesAreEscapedBeforeTheClientEncodes() {
        assertEquals("a%7Bb%7D%25c \"d\"", CwQueryValue.literal("a{b}%c \"d\""));
        assertEquals("plain text", CwQueryValue.literal("plain text"));
        assertEquals(null, CwQueryValue.literal(null));
    }

    /** On the wire the braces are percent-encoded (a raw brace is not allowed in a URI query). */
    private static void assertEscapedOnTheWire(String path) {
        String raw = PSA.findAll(getRequestedFor(urlPathEqualTo(api(path)))).get(0).getUrl();
        assertTrue(raw.contains("%7B") && raw.contains("%7D") && !raw.contains("{"), raw);
    }
}
