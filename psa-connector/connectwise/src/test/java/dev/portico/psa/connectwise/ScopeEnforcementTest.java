package dev.portico.psa.connectwise;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.portico.psa.connectwise.CwFixtures.AVA;
import static dev.portico.psa.connectwise.CwFixtures.OLLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.portico.psa.DateRange;
import dev.portico.psa.PageRequest;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.configuration.ConfigurationQuery;
import dev.portico.psa.connectwise.configuration.ConnectWiseConfigurationGateway;
import dev.portico.psa.connectwise.contact.ConnectWiseContactGateway;
import dev.portico.psa.connectwise.contract.ConnectWiseWireMockTest;
import dev.portico.psa.connectwise.finance.ConnectWiseFinanceGateway;
import dev.portico.psa.connectwise.knowledge.ConnectWiseKnowledgeBase;
import dev.portico.psa.connectwise.project.ConnectWiseProjectGateway;
import dev.portico.psa.connectwise.recommendation.ConnectWiseRecommendationGateway;
import dev.portico.psa.connectwise.reference.ConnectWiseReferenceData;
import dev.portico.psa.connectwise.ticket.ConnectWiseTicketGateway;
import dev.portico.psa.contact.ContactQuery;
import dev.portico.psa.finance.InvoiceQuery;
import dev.portico.psa.ticket.OpenState;
import dev.portico.psa.ticket.TicketQuery;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation at the adapter: every company-scoped list and count carries the scope first, user text
 * never breaks out of its literal, and every read by id of another company's record is "not found".
 */
class ScopeEnforcementTest extends ConnectWiseWireMockTest {

    private static final Pattern SCOPED_LISTS = Pattern.compile(API.replace(".", "\\.")
            + "/(service/tickets|sales/opportunities|project/projects|project/tickets|company/configurations|"
            + "finance/agreements|finance/invoices|company/contacts)(/count)?");
    private static final List<String> HOSTILE = List.of("\" OR company/id != 0", "x\") OR (company/id != 0 OR \"",
            "\\\"", "\\", ")", ") OR (1=1", "%", "a".repeat(10_000), "Grüße 東京 🎫", "line\nbreak");

    private ConnectWiseConnection cw;

    @BeforeEach
    void setUp() {
        PSA.stubFor(get(urlPathMatching(API + "/.*")).willReturn(okJson("[]")));
        PSA.stubFor(get(urlPathMatching(API + "/.*/count")).willReturn(okJson("{\"count\":0}")));
        CwFixtures.stubReferenceData(PSA);
        cw = connection();
    }

    @Test
    void everyCompanyListAndCountIsScopedFirst() {
        PSA.stubFor(get(urlPathEqualTo(api("/project/projects/77"))).willReturn(okJson(
                "{\"id\":77,\"company\":{\"id\":250},\"doNotDisplayInPortalFlag\":false}")));
        // Olly sees only his own tickets, but may use every other feature, so that every call below is made
        PsaScope ollyOwnTickets = new PsaScope(OLLY.companyId(), OLLY.contactId(),
                EnumSet.complementOf(EnumSet.of(Permission.VIEW_COMPANY_TICKETS)));
        for (PsaScope scope : List.of(AVA, ollyOwnTickets)) {
            var tickets = new ConnectWiseTicketGateway(cw);
            tickets.search(scope, TicketQuery.all(), PageRequest.first(25), null);
            tickets.count(scope, TicketQuery.builder().open().awaitingMyReply(true).build());
            tickets.createdAndCompletedByMonth(scope, TicketQuery.builder().siteId(51L).build(), YearMonth.of(2025, 6), 12);
            tickets.openByRequestType(scope, TicketQuery.all());
            var recommendations = new ConnectWiseRecommendationGateway(cw);
            recommendations.search(scope, PageRequest.first(10));
            recommendations.count(scope);
            var projects = new ConnectWiseProjectGateway(cw);
            projects.search(scope, OpenState.OPEN, "x", PageRequest.first(10));
            projects.workItems(scope, 77, PageRequest.first(10));
            var configurations = new ConnectWiseConfigurationGateway(cw);
            configurations.search(scope, ConfigurationQuery.all(), PageRequest.first(10), null);
            configurations.count(scope, ConfigurationQuery.activeOnly());
            new ConnectWiseReferenceData(cw).configurationItems(scope, 51, "srv");
            var finance = new ConnectWiseFinanceGateway(cw);
            finance.activeAgreements(scope, PageRequest.first(10));
            finance.invoices(scope, new InvoiceQuery("1", new DateRange(Instant.EPOCH, null), true), PageRequest.first(10));
            new ConnectWiseContactGateway(cw).search(scope, new ContactQuery("a", 51L, false), PageRequest.first(10));
        }

        List<String> conditions = scopedConditions();
        assertTrue(conditions.size() >= 40, "checked " + conditions.size() + " scoped calls");
        for (String c : conditions) {
            assertTrue(c.startsWith("(company/id=250)") || c.startsWith("(company/id=250 AND contact/id=813)"), c);
        }
        long ollyTicketCalls = PSA.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().contains("/service/tickets"))
                .map(ScopeEnforcementTest::conditionsOf)
                .filter(c -> c != null && c.startsWith("(company/id=250 AND contact/id=813)")).count();
        assertTrue(ollyTicketCalls >= 5, "own-ticket users are also scoped to their contact");
    }

    @Test
    void hostileTextInEveryTextFilterStaysInsideItsLiteral() {
        var tickets = new ConnectWiseTicketGateway(cw);
        var configurations = new ConnectWiseConfigurationGateway(cw);
        var projects = new ConnectWiseProjectGateway(cw);
        var finance = new ConnectWiseFinanceGateway(cw);
        var contacts = new ConnectWiseContactGateway(cw);
        var knowledge = new ConnectWiseKnowledgeBase(cw);
        List<Consumer<String>> filters = List.of(
                text -> tickets.search(AVA, TicketQuery.builder().text(text).build(), PageRequest.first(5), null),
                text -> configurations.search(AVA, new ConfigurationQuery(text, null, null, null, null, null, null, text,
                        text, text), PageRequest.first(5), null),
                text -> projects.search(AVA, OpenState.ANY, text, PageRequest.first(5)),
                text -> finance.invoices(AVA, new InvoiceQuery(text, null, false), PageRequest.first(5)),
                text -> contacts.search(AVA, new ContactQuery(text, null, true), PageRequest.first(5)),
                text -> knowledge.search(AVA, text, PageRequest.first(5)));

        for (String hostile : HOSTILE) {
            filters.forEach(filter -> filter.accept(hostile));
        }

        int checked = 0;
        for (ServeEvent event : PSA.getAllServeEvents()) {
            String conditions = conditionsOf(event);
            if (conditions == null || !conditions.contains("\"")) {
                continue;
            }
            String structure = withoutLiterals(conditions);
            assertTrue(balanced(structure), conditions);
            if (!event.getRequest().getUrl().contains("knowledgeBaseArticles")) {
                assertTrue(structure.startsWith("(company/id=250) AND ("), structure);
                assertEquals(1, structure.split("company/id", -1).length - 1, structure);
            }
            assertTrue(!structure.contains(" OR company") && !structure.contains("1=1"), structure);
            checked++;
        }
        assertTrue(checked >= HOSTILE.size() * filters.size(), "checked " + checked);
    }

    @Test
    void readsByIdOfAnotherCompanysRecordsAreNotFound() {
        PsaScope contoso = AVA;
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets/900"))).willReturn(okJson(
                CwFixtures.ticket(900, 300, 990, 11, "In Progress", false))));
        PSA.stubFor(get(urlPathEqualTo(api("/company/configurations/901"))).willReturn(okJson(
                "{\"id\":901,\"name\":\"FAB-SRV\",\"company\":{\"id\":300}}")));
        PSA.stubFor(get(urlPathEqualTo(api("/sales/opportunities/902"))).willReturn(okJson(
                "{\"id\":902,\"name\":\"Upgrade\",\"status\":{\"id\":73},\"company\":{\"id\":300}}")));
        PSA.stubFor(get(urlPathEqualTo(api("/sales/opportunities/902/forecast"))).willReturn(okJson("{\"forecastItems\":[]}")));
        PSA.stubFor(get(urlPathEqualTo(api("/project/projects/903"))).willReturn(okJson(
                "{\"id\":903,\"name\":\"Move\",\"company\":{\"id\":300}}")));
        PSA.stubFor(get(urlPathEqualTo(api("/project/projects/903/projectWorkplan"))).willReturn(okJson("{\"phases\":[]}")));
        PSA.stubFor(get(urlPathEqualTo(api("/finance/agreements/904"))).willReturn(okJson(
                "{\"id\":904,\"name\":\"MSA\",\"company\":{\"id\":300}}")));
        PSA.stubFor(get(urlPathEqualTo(api("/finance/invoices/905"))).willReturn(okJson(
                "{\"id\":905,\"invoiceNumber\":\"F-1\",\"company\":{\"id\":300}}")));
        PSA.stubFor(get(urlPathEqualTo(api("/finance/invoices/905/pdf"))).willReturn(aResponse().withBody("%PDF")));
        PSA.stubFor(get(urlPathEqualTo(api("/company/contacts/906"))).willReturn(okJson(
                "{\"id\":906,\"firstName\":\"Fay\",\"company\":{\"id\":300}}")));
        var tickets = new ConnectWiseTicketGateway(cw);
        var finance = new ConnectWiseFinanceGateway(cw);
        var projects = new ConnectWiseProjectGateway(cw);

        assertThrows(PsaNotFoundException.class, () -> tickets.get(contoso, 900));
        assertThrows(PsaNotFoundException.class, () -> tickets.notes(contoso, 900));
        assertThrows(PsaNotFoundException.class, () -> tickets.attachments(contoso, 900));
        assertThrows(PsaNotFoundException.class, () -> tickets.download(contoso, 900, 1));
        assertThrows(PsaNotFoundException.class, () -> new ConnectWiseConfigurationGateway(cw).get(contoso, 901));
        assertThrows(PsaNotFoundException.class, () -> new ConnectWiseRecommendationGateway(cw).get(contoso, 902));
        assertThrows(PsaNotFoundException.class, () -> new ConnectWiseRecommendationGateway(cw).approve(contoso, 902, "ok"));
        assertThrows(PsaNotFoundException.class, () -> projects.get(contoso, 903));
        assertThrows(PsaNotFoundException.class, () -> projects.phases(contoso, 903));
        assertThrows(PsaNotFoundException.class, () -> projects.workItems(contoso, 903, PageRequest.first(5)));
        assertThrows(PsaNotFoundException.class, () -> finance.agreement(contoso, 904));
        assertThrows(PsaNotFoundException.class, () -> finance.invoice(contoso, 905));
        assertThrows(PsaNotFoundException.class, () -> finance.invoiceDocument(contoso, 905));
        assertThrows(PsaNotFoundException.class, () -> new ConnectWiseContactGateway(cw).get(contoso, 906));
        PSA.verify(0, getRequestedFor(urlPathEqualTo(api("/finance/invoices/905/pdf"))));
        PSA.verify(0, getRequestedFor(urlPathEqualTo(api("/system/documents/1/download"))));
        assertTrue(PSA.getAllServeEvents().stream().allMatch(e -> e.getRequest().getMethod().getName().equals("GET")),
                "nothing was written");
    }

    private static List<String> scopedConditions() {
        List<String> found = new ArrayList<>();
        for (ServeEvent event : PSA.getAllServeEvents()) {
            String path = URI.create(event.getRequest().getUrl()).getPath();
            if (SCOPED_LISTS.matcher(path).matches()) {
                String conditions = conditionsOf(event);
                found.add(conditions == null ? "<none> " + path : conditions);
            }
        }
        return found;
    }

    private static String conditionsOf(ServeEvent event) {
        String query = URI.create(event.getRequest().getUrl()).getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("conditions=")) {
                return URLDecoder.decode(pair.substring("conditions=".length()), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** The conditions with every string literal emptied, honouring {@code \} escapes. */
    static String withoutLiterals(String conditions) {
        StringBuilder out = new StringBuilder();
        boolean inside = false;
        for (int i = 0; i < conditions.length(); i++) {
            char c = conditions.charAt(i);
            if (inside) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inside = false;
                    out.append('"');
                }
            } else {
                out.append(c);
                inside = c == '"';
            }
        }
        assertTrue(!inside, "unterminated literal in " + conditions);
        return out.toString();
    }

    private static boolean balanced(String structure) {
        int depth = 0;
        for (char c : structure.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

}
