package dev.portico.psa.autotask;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.psa.Download;
import dev.portico.psa.PageRequest;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaCapabilities;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaNotPermittedException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.autotask.contract.AutotaskWireMockTest;
import dev.portico.psa.autotask.finance.AutotaskFinanceGateway;
import dev.portico.psa.autotask.knowledge.AutotaskKnowledgeBase;
import dev.portico.psa.autotask.project.AutotaskProjectGateway;
import dev.portico.psa.autotask.recommendation.AutotaskRecommendationGateway;
import dev.portico.psa.finance.Invoice;
import dev.portico.psa.finance.InvoiceQuery;
import dev.portico.psa.recommendation.ApprovalDecision;
import dev.portico.psa.recommendation.Recommendation;
import dev.portico.psa.ticket.OpenState;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MoreGatewaysTest extends AutotaskWireMockTest {

    static final PsaScope ALL = new PsaScope(175, Set.of(175L), 30684646, Set.of(), Set.of(Permission.values()));
    static final PsaScope NONE = new PsaScope(175, 30684646, Set.of());

    static String items(String... items) {
        return "{\"items\":[" + String.join(",", items) + "],\"pageDetails\":{\"count\":" + items.length
                + ",\"requestCount\":500,\"prevPageUrl\":null,\"nextPageUrl\":null}}";
    }

    @Test
    void theInvoiceDocumentIsAutotasksMarkupAsHtmlAfterTheOwnershipCheck() throws IOException {
        PSA.stubFor(get(urlPathEqualTo(api("/Invoices/3"))).willReturn(okJson(
                "{\"item\":{\"id\":3,\"companyID\":175,\"invoiceNumber\":\"INV-3\",\"invoiceTotal\":120.0,"
                        + "\"totalTaxValue\":20.0,\"isVoided\":false}}")));
        PSA.stubFor(get(urlPathEqualTo(api("/Invoices/4"))).willReturn(okJson(
                "{\"item\":{\"id\":4,\"companyID\":999,\"invoiceNumber\":\"INV-4\"}}")));
        PSA.stubFor(get(urlPathEqualTo(api("/Invoices/3/InvoiceMarkupHtml"))).willReturn(okJson(
                "{\"invoiceMarkup\":\"<html><body>Invoice 3</body></html>\"}")));
        AutotaskFinanceGateway finance = new AutotaskFinanceGateway(connection());

        Invoice invoice = finance.invoice(ALL, 3);
        assertEquals(new BigDecimal("100.0"), invoice.subtotal());
        assertFalse(invoice.paid());
        assertEquals(PsaCapabilities.DocumentFormat.HTML, invoice.document());
        try (Download document = finance.invoiceDocument(ALL, 3)) {
            assertTrue(document.contentType().startsWith("text/html"));
            assertEquals("invoice-INV-3.html", document.fileName());
            assertEquals("<html><body>Invoice 3</body></html>",
                    new String(document.content().readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThrows(PsaNotFoundException.class, () -> finance.invoiceDocument(ALL, 4));
        PSA.verify(0, getRequestedFor(urlPathEqualTo(api("/Invoices/4/InvoiceMarkupHtml"))));
    }

    @Test
    void invoicesAreScopedAndNeverVoided() {
        PSA.stubFor(post(urlPathEqualTo(api("/Invoices/query"))).willReturn(okJson(items())));
        PSA.stubFor(post(urlPathEqualTo(api("/Invoices/query/count"))).willReturn(okJson("{\"queryCount\":0}")));

        new AutotaskFinanceGateway(connection()).invoices(ALL, new InvoiceQuery(null, null, true), PageRequest.first(10));

        PSA.verify(postRequestedFor(urlPathEqualTo(api("/Invoices/query")))
                .withRequestBody(matchingJsonPath("$.filter[0].field", is("companyID")))
                .withRequestBody(matchingJsonPath("$.filter[1].field", is("isVoided")))
                .withRequestBody(matchingJsonPath("$.filter[2].op", is("notExist"))));
    }

    @Test
    void projectTasksAreOnlyThePortalVisibleOnes() {
        PSA.stubFor(get(urlPathEqualTo(api("/Projects/8"))).willReturn(okJson(
                "{\"item\":{\"id\":8,\"companyID\":175,\"projectName\":\"Migration\",\"status\":1}}")));
        PSA.stubFor(post(urlPathEqualTo(api("/Tasks/query"))).willReturn(okJson(items(
                "{\"id\":1,\"projectID\":8,\"title\":\"Plan\",\"status\":5,\"isVisibleInClientPortal\":true}",
                "{\"id\":2,\"projectID\":8,\"title\":\"Internal\",\"status\":1,\"isVisibleInClientPortal\":false}"))));
        PSA.stubFor(post(urlPathEqualTo(api("/Tasks/query/count"))).willReturn(okJson("{\"queryCount\":1}")));
        PSA.stubFor(get(urlPathEqualTo(api("/Tasks/entityInformation/fields"))).willReturn(okJson("{\"fields\":[]}")));
        AutotaskProjectGateway projects = new AutotaskProjectGateway(connection());

        var tasks = projects.workItems(ALL, 8, PageRequest.first(10));

        assertEquals(1, tasks.items().size());
        assertTrue(tasks.items().get(0).closed());
        PSA.verify(postRequestedFor(urlPathEqualTo(api("/Tasks/query")))
                .withRequestBody(matchingJsonPath("$.filter[1].field", is("isVisibleInClientPortal"))));
    }

    @Test
    void approvingAQuoteSetsItsOpportunityStatus() {
        PSA.stubFor(get(urlPathEqualTo(api("/Quotes/5"))).willReturn(okJson(
                "{\"item\":{\"id\":5,\"companyID\":175,\"opportunityID\":50,\"isActive\":true,\"name\":\"New laptops\"}}")));
        PSA.stubFor(get(urlPathEqualTo(api("/Opportunities/50"))).willReturn(okJson(
                "{\"item\":{\"id\":50,\"companyID\":175,\"status\":1}}")));
        PSA.stubFor(post(urlPathEqualTo(api("/QuoteItems/query"))).willReturn(okJson(items(
                "{\"id\":1,\"quoteID\":5,\"name\":\"Laptop\",\"quantity\":2,\"unitPrice\":500,\"unitDiscount\":0,"
                        + "\"lineDiscount\":0,\"isOptional\":false,\"periodType\":1,\"totalEffectiveTax\":100}",
                "{\"id\":2,\"quoteID\":5,\"name\":\"Bag\",\"quantity\":1,\"unitPrice\":50,\"isOptional\":true}"))));
        PSA.stubFor(get(urlPathEqualTo(api("/Opportunities/entityInformation/fields"))).willReturn(okJson("{\"fields\":[]}")));
        PSA.stubFor(patch(urlPathEqualTo(api("/Opportunities"))).willReturn(okJson("{\"itemId\":50}")));
        AutotaskRecommendationGateway quotes = new AutotaskRecommendationGateway(connection());

        Recommendation quote = quotes.get(ALL, 5);
        assertEquals(ApprovalDecision.PENDING, quote.decision());
        assertEquals(0, new BigDecimal("1000").compareTo(quote.subtotal()));
        assertEquals(0, new BigDecimal("1100").compareTo(quote.total()));

        quotes.approve(ALL, 5, null);
        PSA.verify(patchRequestedFor(urlPathEqualTo(api("/Opportunities"))).withRequestBody(
                equalToJson("{\"id\":50,\"status\":3}")));
    }

    @Test
    void aDeclineCommentIsAppendedToTheQuotesCommentAsText() {
        PSA.stubFor(get(urlPathEqualTo(api("/Quotes/5"))).willReturn(okJson("{\"item\":{\"id\":5,\"companyID\":175,"
                + "\"opportunityID\":50,\"isActive\":true,\"name\":\"New laptops\",\"comment\":\"Valid 30 days.\"}}")));
        PSA.stubFor(get(urlPathEqualTo(api("/Opportunities/50"))).willReturn(okJson(
                "{\"item\":{\"id\":50,\"companyID\":175,\"status\":1}}")));
        PSA.stubFor(post(urlPathEqualTo(api("/QuoteItems/query"))).willReturn(okJson(items())));
        PSA.stubFor(get(urlPathEqualTo(api("/Opportunities/entityInformation/fields"))).willReturn(okJson("{\"fields\":[]}")));
        PSA.stubFor(patch(urlPathEqualTo(api("/Opportunities"))).willReturn(okJson("{\"itemId\":50}")));
        PSA.stubFor(patch(urlPathEqualTo(api("/Quotes"))).willReturn(okJson("{\"itemId\":5}")));

        new AutotaskRecommendationGateway(connection()).decline(ALL, 5, "Too expensive");

        PSA.verify(patchRequestedFor(urlPathEqualTo(api("/Opportunities"))).withRequestBody(
                equalToJson("{\"id\":50,\"status\":2}")));
        PSA.verify(patchRequestedFor(urlPathEqualTo(api("/Quotes")))
                .withRequestBody(matchingJsonPath("$.comment", matching("(?s)Valid 30 days\\.\\n\\nCustomer response "
                        + "\\(declined, .*\\): Too expensive")))
                .withRequestBody(matchingJsonPath("$.extApprovalResponseDate"))
                .withRequestBody(notContaining("extApprovalContactResponse")));
    }

    @Test
    void financeProjectsAndQuotesRefuseWithoutPermissionAndSendNothing() {
        AutotaskFinanceGateway finance = new AutotaskFinanceGateway(connection());
        AutotaskProjectGateway projects = new AutotaskProjectGateway(connection());
        AutotaskRecommendationGateway quotes = new AutotaskRecommendationGateway(connection());
        PsaScope viewer = new PsaScope(175, 30684646, Set.of(Permission.VIEW_RECOMMENDATIONS));

        assertThrows(PsaNotPermittedException.class, () -> finance.invoices(NONE, InvoiceQuery.all(), PageRequest.first(5)));
        assertThrows(PsaNotPermittedException.class, () -> finance.invoiceDocument(NONE, 3));
        assertThrows(PsaNotPermittedException.class, () -> finance.activeAgreements(NONE, PageRequest.first(5)));
        assertThrows(PsaNotPermittedException.class, () -> projects.search(NONE, OpenState.ANY, null, PageRequest.first(5)));
        assertThrows(PsaNotPermittedException.class, () -> projects.phases(NONE, 8));
        assertThrows(PsaNotPermittedException.class, () -> quotes.count(NONE));
        assertThrows(PsaNotPermittedException.class, () -> quotes.approve(viewer, 5, "yes"));

        assertEquals(0, PSA.getAllServeEvents().size());
    }

    @Test
    void theKnowledgeBaseIsDeclaredAbsentUntilItsPublishValuesAreConfigured() {
        AutotaskKnowledgeBase off = new AutotaskKnowledgeBase(connection());
        assertFalse(off.available());
        assertEquals(0, off.search(ALL, "vpn", PageRequest.first(5)).total());
        assertThrows(PsaNotFoundException.class, () -> off.get(ALL, 1));
        assertEquals(0, PSA.getAllServeEvents().size());

        PSA.stubFor(get(urlPathEqualTo(api("/KnowledgeBaseArticles/1"))).willReturn(okJson(
                "{\"item\":{\"id\":1,\"title\":\"VPN\",\"isActive\":true,\"publish\":4}}")));
        PSA.stubFor(get(urlPathEqualTo(api("/ArticlePlainTextContent/1"))).willReturn(okJson(
                "{\"item\":{\"id\":1,\"contentData\":\"Connect with the client.\"}}")));
        AutotaskKnowledgeBase on = new AutotaskKnowledgeBase(connection(Map.of("psa.autotask.knowledge-base.publish", "4")));
        assertTrue(on.available());
        assertEquals("Connect with the client.", on.get(ALL, 1).body());
    }

    @Test
    void capabilitiesDeclareWhatAutotaskCanDo() {
        AutotaskConnection at = connection(Map.of("psa.autotask.concurrent-calls-per-endpoint", "3"));
        PsaCapabilities capabilities = AutotaskCapabilities.of(at.settings(), at.mappings());
        assertFalse(capabilities.urgencyAndImpact());
        assertTrue(capabilities.noteTitles());
        assertFalse(capabilities.noteRecipients());
        assertTrue(capabilities.sortFields().isEmpty());
        assertEquals(PsaCapabilities.Paging.CURSOR, capabilities.paging());
        assertTrue(capabilities.descriptionSearch());
        assertEquals(PsaCapabilities.DocumentFormat.HTML, capabilities.invoiceDocument());
        assertEquals(6_000_000, capabilities.attachmentMaxBytes());
        assertEquals(3, capabilities.concurrentCallsPerEndpoint());
    }
}
