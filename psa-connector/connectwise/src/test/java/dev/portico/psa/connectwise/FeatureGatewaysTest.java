package dev.portico.psa.connectwise;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.portico.psa.connectwise.CwFixtures.AVA;
import static dev.portico.psa.connectwise.CwFixtures.SAM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.psa.Download;
import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaNotPermittedException;
import dev.portico.psa.PsaRejectedException;
import dev.portico.psa.Ref;
import dev.portico.psa.Sort;
import dev.portico.psa.configuration.ConfigurationItem;
import dev.portico.psa.configuration.ConfigurationQuery;
import dev.portico.psa.configuration.ConfigurationSortField;
import dev.portico.psa.connectwise.configuration.ConnectWiseConfigurationGateway;
import dev.portico.psa.connectwise.contact.ConnectWiseContactGateway;
import dev.portico.psa.connectwise.contract.ConnectWiseWireMockTest;
import dev.portico.psa.connectwise.finance.ConnectWiseFinanceGateway;
import dev.portico.psa.connectwise.knowledge.ConnectWiseKnowledgeBase;
import dev.portico.psa.connectwise.project.ConnectWiseProjectGateway;
import dev.portico.psa.connectwise.recommendation.ConnectWiseRecommendationGateway;
import dev.portico.psa.connectwise.reference.ConnectWiseReferenceData;
import dev.portico.psa.contact.Contact;
import dev.portico.psa.contact.ContactDraft;
import dev.portico.psa.contact.EmailSlot;
import dev.portico.psa.contact.PhoneNumber;
import dev.portico.psa.contact.PhoneSlot;
import dev.portico.psa.contact.PortalAccess;
import dev.portico.psa.reference.SecurityLevel;
import dev.portico.psa.DateRange;
import dev.portico.psa.PsaCapabilities.DocumentFormat;
import dev.portico.psa.finance.Agreement;
import dev.portico.psa.finance.AgreementUsage;
import dev.portico.psa.finance.Invoice;
import dev.portico.psa.recommendation.ApprovalDecision;
import dev.portico.psa.knowledge.KnowledgeArticle;
import dev.portico.psa.project.ProjectPhase;
import dev.portico.psa.recommendation.Recommendation;
import dev.portico.psa.reference.RequestType;
import dev.portico.psa.ticket.TicketStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeatureGatewaysTest extends ConnectWiseWireMockTest {

    private ConnectWiseConnection cw;

    @BeforeEach
    void setUp() {
        CwFixtures.stubReferenceData(PSA);
        cw = connection();
    }

    private static final String OPPORTUNITY = """
            {"id":55,"name":"Firewall upgrade","status":{"id":73,"name":"Awaiting Customer"},"company":{"id":250},
             "contact":{"id":812,"name":"Ava Admin"},"expectedCloseDate":"2025-08-01T00:00:00Z","customerPO":"PO-2"}""";

    @Test
    void recommendationsAreVisibleOpportunitiesWithLinesAndApprovalsMoveStatus() {
        var gateway = new ConnectWiseRecommendationGateway(cw);
        PSA.stubFor(get(urlPathEqualTo(api("/sales/opportunities"))).willReturn(okJson("[" + OPPORTUNITY + "]")));
        PSA.stubFor(get(urlPathEqualTo(api("/sales/opportunities/count"))).willReturn(okJson("{\"count\":1}")));
        PSA.stubFor(get(urlPathEqualTo(api("/sales/opportunities/55"))).willReturn(okJson(OPPORTUNITY)));
        PSA.stubFor(get(urlPathEqualTo(api("/sales/opportunities/55/forecast"))).willReturn(okJson("""
                {"id":1,"forecastItems":[
                  {"id":2,"productDescription":"Licence","quantity":2,"revenue":100.50,"includeFlag":true,"sequenceNumber":2},
                  {"id":1,"forecastDescription":"Install","quantity":1,"revenue":300,"includeFlag":true,"sequenceNumber":1},
                  {"id":3,"forecastDescription":"Optional","quantity":1,"revenue":50,"includeFlag":false,"sequenceNumber":3}]}""")));
        PSA.stubFor(post(urlPathEqualTo(api("/sales/opportunities/55/notes"))).willReturn(okJson("{\"id\":9,\"text\":\"x\"}")));
        PSA.stubFor(patch(urlPathEqualTo(api("/sales/opportunities/55"))).willReturn(okJson(
                OPPORTUNITY.replace("\"id\":73,\"name\":\"Awaiting Customer\"", "\"id\":74,\"name\":\"Won\""))));

        Page<Recommendation> page = gateway.search(AVA, PageRequest.first(10));
        Recommendation detail = gateway.get(AVA, 55);
        Recommendation approved = gateway.approve(AVA, 55, "Please go ahead");

        assertEquals(1, page.total());
        PSA.verify(getRequestedFor(urlPathEqualTo(api("/sales/opportunities")))
                .withQueryParam("conditions", equalTo("(company/id=250) AND (status/id in (73))")));
        assertEquals(List.of("Install", "Licence", "Optional"), detail.lines().stream().map(l -> l.description()).toList());
        assertEquals(new BigDecimal("400.50"), detail.subtotal());
        assertEquals(new BigDecimal("400.50"), detail.total());
        assertEquals(ApprovalDecision.PENDING, detail.decision());
        assertEquals(new BigDecimal("50.25"), detail.lines().get(1).unitPrice());
        assertTrue(detail.lines().get(2).optional());
        assertEquals("Won", approved.status());
        assertEquals(ApprovalDecision.APPROVED, approved.decision());
        PSA.verify(patchRequestedFor(urlPathEqualTo(api("/sales/opportunities/55")))
                .withRequestBody(equalToJson("[{\"op\":\"replace\",\"path\":\"status\",\"value\":{\"id\":74}}]")));
        PSA.verify(postRequestedFor(urlPathEqualTo(api("/sales/opportunities/55/notes")))
                .withRequestBody(equalToJson("{\"text\":\"Approved in the customer portal by contact 812: Please go ahead\"}")));
        assertThrows(PsaNotPermittedException.class, () -> gateway.decline(SAM, 55, "no"));
    }

    @Test
    void hiddenStatusOpportunitiesAreNotFound() {
        PSA.stubFor(get(urlPathEqualTo(api("/sales/opportunities/56"))).willReturn(okJson(
                OPPORTUNITY.replace("\"id\":55", "\"id\":56").replace("\"id\":73,\"name\":\"Awaiting Customer\"",
                        "\"id\":72,\"name\":\"Internal Review\""))));
        PSA.stubFor(get(urlPathEqualTo(api("/sales/opportunities/56/forecast"))).willReturn(okJson("{\"forecastItems\":[]}")));

        assertThrows(PsaNotFoundException.class, () -> new ConnectWiseRecommendationGateway(cw).get(AVA, 56));
    }

    @Test
    void configurationsSearchByEveryPortalFilter() {
        var gateway = new ConnectWiseConfigurationGateway(cw);
        PSA.stubFor(get(urlPathEqualTo(api("/company/configurations"))).willReturn(okJson("""
                [{"id":501,"name":"PRN-01","type":{"id":3,"name":"Printer"},"status":{"id":1,"name":"Active"},
                  "company":{"id":250},"site":{"id":51,"name":"Head Office"},"serialNumber":"SN1",
                  "warrantyExpirationDate":"2026-01-31T00:00:00Z","activeFlag":true,"manufacturer":{"id":1,"name":"HP"}}]""")));
        PSA.stubFor(get(urlPathEqualTo(api("/company/configurations/count"))).willReturn(okJson("{\"count\":1}")));
        ConfigurationQuery query = new ConfigurationQuery("prn", true, Set.of(1L), Set.of(3L),
                new DateRange(null, Instant.parse("2026-06-01T00:00:00Z")), 812L, 51L, "SN", "M4", "T-9");

        Page<ConfigurationItem> page = gateway.search(AVA, query, PageRequest.first(20),
                Sort.asc(ConfigurationSortField.WARRANTY_EXPIRATION));

        PSA.verify(getRequestedFor(urlPathEqualTo(api("/company/configurations")))
                .withQueryParam("conditions", equalTo("(company/id=250) AND (name contains \"prn\" AND activeFlag=true"
                        + " AND status/id in (1) AND type/id in (3) AND warrantyExpirationDate<[2026-06-01T00:00:00Z]"
                        + " AND contact/id=812 AND site/id=51 AND serialNumber contains \"SN\" AND modelNumber contains \"M4\""
                        + " AND tagNumber contains \"T-9\")"))
                .withQueryParam("orderBy", equalTo("warrantyExpirationDate asc,id asc")));
        ConfigurationItem item = page.items().get(0);
        assertEquals(new Ref(3, "Printer"), item.type());
        assertEquals("HP", item.manufacturer());
        assertEquals(Instant.parse("2026-01-31T00:00:00Z"), item.warrantyExpiration());
    }

    @Test
    void projectsHideDoNotDisplayAndReadTheWorkPlan() {
        var gateway = new ConnectWiseProjectGateway(cw);
        PSA.stubFor(get(urlPathEqualTo(api("/project/projects"))).willReturn(okJson("""
                [{"id":77,"name":"Office move","company":{"id":250},"doNotDisplayInPortalFlag":false,"status":{"name":"Open"}},
                 {"id":78,"name":"Hidden","company":{"id":250},"doNotDisplayInPortalFlag":true}]""")));
        PSA.stubFor(get(urlPathEqualTo(api("/project/projects/count"))).willReturn(okJson("{\"count\":1}")));
        PSA.stubFor(get(urlPathEqualTo(api("/project/projects/77"))).willReturn(okJson(
                "{\"id\":77,\"name\":\"Office move\",\"company\":{\"id\":250},\"doNotDisplayInPortalFlag\":false}")));
        PSA.stubFor(get(urlPathEqualTo(api("/project/projects/78"))).willReturn(okJson(
                "{\"id\":78,\"name\":\"Hidden\",\"company\":{\"id\":250},\"doNotDisplayInPortalFlag\":true}")));
        PSA.stubFor(get(urlPathEqualTo(api("/project/projects/77/projectWorkplan"))).willReturn(okJson("""
                {"projectId":77,"phases":[{"id":1,"description":"Plan","wbsCode":"1","status":{"name":"Done"},
                  "startDate":"2025-01-01T00:00:00Z"},{"id":2,"description":"Cabling","parentPhase":{"id":1},"wbsCode":"1.1",
                  "markAsMilestoneFlag":true}]}""")));

        var page = gateway.search(AVA, dev.portico.psa.ticket.OpenState.OPEN, null, PageRequest.first(10));
        List<ProjectPhase> phases = gateway.phases(AVA, 77);

        assertEquals(List.of(77L), page.items().stream().map(p -> p.id()).toList());
        PSA.verify(getRequestedFor(urlPathEqualTo(api("/project/projects"))).withQueryParam("conditions",
                equalTo("(company/id=250) AND (doNotDisplayInPortalFlag=false AND closedFlag=false)")));
        assertEquals(Long.valueOf(1), phases.get(1).parentPhaseId());
        assertTrue(phases.get(1).milestone());
        assertThrows(PsaNotFoundException.class, () -> gateway.get(AVA, 78));
    }

    @Test
    void activeAgreementsAndInvoicePdfStreamAfterTheOwnershipCheck() throws IOException {
        var gateway = new ConnectWiseFinanceGateway(cw);
        PSA.stubFor(get(urlPathEqualTo(api("/finance/agreements"))).willReturn(okJson("""
                [{"id":3,"name":"Managed Service","type":{"id":1,"name":"MSA"},"company":{"id":250},"agreementStatus":"Active",
                  "startDate":"2024-01-01T00:00:00Z","noEndingDateFlag":true,"billingCycle":{"id":1,"name":"Monthly"},
                  "applicationUnits":"Hours","applicationLimit":10}]""")));
        PSA.stubFor(get(urlPathEqualTo(api("/finance/agreements/count"))).willReturn(okJson("{\"count\":1}")));
        PSA.stubFor(get(urlPathEqualTo(api("/finance/invoices/12"))).willReturn(okJson(
                "{\"id\":12,\"invoiceNumber\":\"INV/12\",\"company\":{\"id\":250},\"balance\":0}")));
        PSA.stubFor(get(urlPathEqualTo(api("/finance/invoices/12/pdf")))
                .willReturn(aResponse().withHeader("Content-Type", "application/pdf").withBody("%PDF-1.4")));

        Page<Agreement> agreements = gateway.activeAgreements(AVA, PageRequest.first(10));
        byte[] pdf;
        try (Download download = gateway.invoiceDocument(AVA, 12)) {
            pdf = download.content().readAllBytes();
            assertEquals("invoice-INV_12.pdf", download.fileName());
        }

        PSA.verify(getRequestedFor(urlPathEqualTo(api("/finance/agreements"))).withQueryParam("conditions",
                equalTo("(company/id=250) AND (agreementStatus=\"Active\" AND cancelledFlag=false)")));
        assertEquals("Monthly", agreements.items().get(0).billingCycle());
        assertTrue(agreements.items().get(0).openEnded());
        assertEquals("MSA", agreements.items().get(0).type());
        assertEquals(new AgreementUsage(AgreementUsage.Unit.HOURS, BigDecimal.valueOf(10.0), null),
                agreements.items().get(0).usage());
        Invoice invoice = gateway.invoice(AVA, 12);
        assertEquals(DocumentFormat.PDF, invoice.document());
        assertTrue(invoice.paid());
        assertArrayEquals("%PDF-1.4".getBytes(), pdf);
        PSA.verify(getRequestedFor(urlPathEqualTo(api("/finance/invoices/12/pdf"))).withHeader("Accept", equalTo("application/pdf")));
    }

    private static final String CONTACT = """
            {"id":820,"firstName":"Nia","lastName":"New","title":"Buyer","company":{"id":250},"site":{"id":52,"name":"Warehouse"},
             "disablePortalLoginFlag":true,"portalSecurityLevel":3,"communicationItems":[
               {"id":5,"type":{"id":81,"name":"Email"},"value":"nia@contoso.example","communicationType":"Email","defaultFlag":true},
               {"id":6,"type":{"id":82,"name":"Direct"},"value":"+44 2","communicationType":"Phone"},
               {"id":7,"type":{"id":90,"name":"Fax"},"value":"+44 3","communicationType":"Fax"}]}""";

    @Test
    void contactsAreCreatedUpdatedAndGivenPortalAccess() {
        var gateway = new ConnectWiseContactGateway(cw);
        PSA.stubFor(post(urlPathEqualTo(api("/company/contacts"))).willReturn(okJson(CONTACT)));
        PSA.stubFor(get(urlPathEqualTo(api("/company/contacts/820"))).willReturn(okJson(CONTACT)));
        PSA.stubFor(patch(urlPathEqualTo(api("/company/contacts/820"))).willReturn(okJson(CONTACT)));
        ContactDraft draft = new ContactDraft("Nia", "New", "Buyer", 52L,
                Map.of(EmailSlot.WORK, "nia@contoso.example"),
                Map.of(PhoneSlot.DIRECT, new PhoneNumber("+44 2", "12")));

        Contact created = gateway.create(AVA, draft);
        gateway.update(AVA, 820, new ContactDraft("Nia", "Newer", "", null,
                Map.of(EmailSlot.WORK, "nia@contoso.example"), Map.of(PhoneSlot.FAX, PhoneNumber.of("+44 3"))));
        gateway.setPortalAccess(AVA, 820, PortalAccess.enabled(new SecurityLevel("2", "All company tickets")));

        assertEquals("nia@contoso.example", created.email());
        assertEquals(Map.of(PhoneSlot.DIRECT, PhoneNumber.of("+44 2"), PhoneSlot.FAX, PhoneNumber.of("+44 3")),
                created.phones());
        assertFalse(created.portalAccess().enabled());
        assertEquals(new SecurityLevel("3", "Own tickets"), created.portalAccess().level());
        PSA.verify(postRequestedFor(urlPathEqualTo(api("/company/contacts"))).withRequestBody(equalToJson("""
                {"firstName":"Nia","lastName":"New","title":"Buyer","company":{"id":250},"site":{"id":52},
                 "communicationItems":[
                   {"type":{"id":81},"value":"nia@contoso.example","defaultFlag":true,"communicationType":"Email"},
                   {"type":{"id":82},"value":"+44 2","extension":"12","defaultFlag":false,"communicationType":"Phone"}]}""")));
        // the direct number left out of the draft is removed; the e-mail and fax items keep their ids
        PSA.verify(patchRequestedFor(urlPathEqualTo(api("/company/contacts/820"))).withRequestBody(equalToJson("""
                [{"op":"replace","path":"firstName","value":"Nia"},{"op":"replace","path":"lastName","value":"Newer"},
                 {"op":"replace","path":"title","value":""},
                 {"op":"replace","path":"communicationItems","value":[
                   {"id":5,"type":{"id":81,"name":"Email"},"value":"nia@contoso.example","defaultFlag":true,"communicationType":"Email"},
                   {"id":7,"type":{"id":90,"name":"Fax"},"value":"+44 3","communicationType":"Fax"}]}]""")));
        PSA.verify(patchRequestedFor(urlPathEqualTo(api("/company/contacts/820"))).withRequestBody(equalToJson("""
                [{"op":"replace","path":"disablePortalLoginFlag","value":false},
                 {"op":"replace","path":"portalSecurityLevel","value":2}]""")));
    }

    @Test
    void contactItemsOfUnconfiguredTypesAreKeptAndNewSlotsUseTheConfiguredTypes() {
        var gateway = new ConnectWiseContactGateway(cw);
        String contact = """
                {"id":821,"firstName":"Ola","lastName":"Old","company":{"id":250},"communicationItems":[
                  {"id":5,"type":{"id":81,"name":"Email"},"value":"ola@contoso.example","communicationType":"Email","defaultFlag":true},
                  {"id":8,"type":{"id":95,"name":"Assistant"},"value":"+44 9","communicationType":"Phone"}]}""";
        PSA.stubFor(get(urlPathEqualTo(api("/company/contacts/821"))).willReturn(okJson(contact)));
        PSA.stubFor(patch(urlPathEqualTo(api("/company/contacts/821"))).willReturn(okJson(contact)));

        Contact ola = gateway.get(AVA, 821);
        gateway.update(AVA, 821, new ContactDraft("Ola", "Old", null, null, ola.emails(),
                Map.of(PhoneSlot.MOBILE, new PhoneNumber("+44 7", null))));

        assertEquals(Map.of(EmailSlot.WORK, "ola@contoso.example"), ola.emails());
        assertEquals(Map.of(), ola.phones(), "an assistant's number holds no slot");
        PSA.verify(patchRequestedFor(urlPathEqualTo(api("/company/contacts/821"))).withRequestBody(equalToJson("""
                [{"op":"replace","path":"firstName","value":"Ola"},{"op":"replace","path":"lastName","value":"Old"},
                 {"op":"replace","path":"title","value":""},
                 {"op":"replace","path":"communicationItems","value":[
                   {"id":8,"type":{"id":95,"name":"Assistant"},"value":"+44 9","communicationType":"Phone"},
                   {"id":5,"type":{"id":81,"name":"Email"},"value":"ola@contoso.example","defaultFlag":true,"communicationType":"Email"},
                   {"type":{"id":83},"value":"+44 7","defaultFlag":false,"communicationType":"Phone"}]}]""")));
    }

    @Test
    void contactRulesNeedPermissionsAndCompleteInput() {
        var gateway = new ConnectWiseContactGateway(cw);
        ContactDraft noEmail = new ContactDraft("A", "B", null, null, Map.of(), Map.of());

        assertThrows(PsaNotPermittedException.class, () -> gateway.create(SAM, noEmail));
        assertThrows(PsaNotPermittedException.class, () -> gateway.setPortalAccess(SAM, 820, PortalAccess.enabled(new SecurityLevel("1", null))));
        PsaRejectedException refused = assertThrows(PsaRejectedException.class, () -> gateway.create(AVA, noEmail));
        assertEquals("emails", refused.problems().get(0).field());
        assertEquals(0, PSA.getAllServeEvents().stream().filter(e -> !e.getRequest().getMethod().getName().equals("GET")).count());
    }

    @Test
    void knowledgeBaseIsLimitedToConfiguredCategories() {
        var gateway = new ConnectWiseKnowledgeBase(connection(Map.of("psa.knowledge-base.category-ids", "4,5")));
        PSA.stubFor(get(urlPathEqualTo(api("/service/knowledgeBaseArticles"))).willReturn(okJson(
                "[{\"id\":1,\"title\":\"Reset VPN\",\"categoryId\":4,\"dateCreated\":\"2025-01-01T00:00:00Z\","
                        + "\"issue\":\"The VPN drops.\",\"resolution\":\" Reconnect from the tray. \"}]")));
        PSA.stubFor(get(urlPathEqualTo(api("/service/knowledgeBaseArticles/count"))).willReturn(okJson("{\"count\":1}")));
        PSA.stubFor(get(urlPathEqualTo(api("/service/knowledgeBaseArticles/2"))).willReturn(okJson(
                "{\"id\":2,\"title\":\"Internal\",\"categoryId\":9}")));

        Page<KnowledgeArticle> page = gateway.search(AVA, "vpn", PageRequest.first(10));

        assertEquals("Reset VPN", page.items().get(0).title());
        assertEquals("The VPN drops.\n\nReconnect from the tray.", page.items().get(0).body());
        PSA.verify(getRequestedFor(urlPathEqualTo(api("/service/knowledgeBaseArticles")))
                .withQueryParam("conditions", equalTo("categoryId in (4,5) AND title contains \"vpn\"")));
        assertThrows(PsaNotFoundException.class, () -> gateway.get(AVA, 2));
        assertFalse(new ConnectWiseKnowledgeBase(connection(Map.of("psa.knowledge-base.enabled", "false"))).available());
    }

    @Test
    void referenceDataIsCachedAndShowsCustomerFacingNames() {
        var reference = new ConnectWiseReferenceData(cw);

        List<TicketStatus> statuses = reference.ticketStatuses();
        reference.ticketStatuses();
        List<RequestType> types = reference.requestTypes();

        assertEquals("Waiting for your approval", statuses.stream().filter(s -> s.id() == 14).findFirst().orElseThrow()
                .label());
        assertTrue(statuses.stream().noneMatch(s -> s.id() == 20), "inactive statuses are left out");
        assertEquals(List.of("incident", "query", "change-request"), types.stream().map(RequestType::key).toList());
        assertTrue(types.get(2).requiresDueDate() && types.get(2).requiresConfigurationItem());
        assertEquals(List.of("Head Office", "Warehouse"), reference.sites(AVA).stream().map(s -> s.name()).toList());
        assertEquals(List.of("Priority 1 - Critical", "Priority 2 - High", "Priority 3 - Medium", "Priority 4 - Low"),
                reference.priorities().stream().map(p -> p.name()).toList());
        assertEquals(List.of("Low", "Medium", "High"), reference.impacts());
        assertEquals("Own tickets", reference.securityLevels().get(2).name());
        PSA.verify(1, getRequestedFor(urlPathEqualTo(api("/service/boards/1/statuses"))));
        PSA.verify(getRequestedFor(urlPathEqualTo(api("/service/boards")))
                .withQueryParam("conditions", equalTo("name in (\"Help Desk\")")));
    }
}
