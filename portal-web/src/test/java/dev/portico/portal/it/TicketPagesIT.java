package dev.portico.portal.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.portico.portal.it.ConnectWiseStub.API;
import static dev.portico.portal.it.ConnectWiseStub.AVA;
import static dev.portico.portal.it.ConnectWiseStub.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ticket list and the new-ticket form on a real Payara Micro against a WireMock ConnectWise: what the pages
 * ask the PSA for (one page and its count, the scope, the filters, the order), the CSV export, invalid URL
 * parameters, the idempotent create and a PSA outage while saving.
 */
@RunAsClient
class TicketPagesIT extends PortalIT {

    private static final String TICKETS = API + "/service/tickets";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return portalWar()
                .addClass(GuardedProbe.class)
                .addAsWebResource(TicketPagesIT.class.getResource("/it/guarded-probe.xhtml"), "it/guarded-probe.xhtml");
    }

    @BeforeEach
    void ticketData() {
        WireMockServer psa = PSA.server();
        psa.stubFor(get(urlPathEqualTo(API + "/service/boards")).willReturn(okJson("[{\"id\":1,\"name\":\"Help Desk\"}]")));
        psa.stubFor(get(urlPathEqualTo(API + "/service/boards/1/statuses")).willReturn(okJson("""
                [{"id":10,"name":"New","customerPortalDescription":"Received","closedStatus":false},
                 {"id":11,"name":"In Progress","customerPortalDescription":"In progress","closedStatus":false},
                 {"id":14,"name":"Waiting Customer Approval","customerPortalDescription":"Waiting for your approval","closedStatus":false},
                 {"id":19,"name":"Closed","customerPortalDescription":"Closed","closedStatus":true}]""")));
        psa.stubFor(get(urlPathEqualTo(API + "/service/boards/1/types")).willReturn(okJson("""
                [{"id":21,"name":"Incident"},{"id":22,"name":"Query"},{"id":23,"name":"Change Request"}]""")));
        psa.stubFor(get(urlPathEqualTo(API + "/service/priorities")).atPriority(1).willReturn(okJson("""
                [{"id":31,"name":"Priority 1 - Critical","sortOrder":1},{"id":33,"name":"Priority 3 - Medium","sortOrder":3}]""")));
        psa.stubFor(get(urlPathEqualTo(API + "/service/sources")).willReturn(okJson("[{\"id\":41,\"name\":\"Portal\"}]")));
        psa.stubFor(get(urlPathEqualTo(API + "/company/companies/1/sites")).willReturn(okJson("""
                [{"id":51,"name":"Head Office","city":"London","primaryAddressFlag":true},
                 {"id":52,"name":"Warehouse","city":"Slough"}]""")));
        psa.stubFor(get(urlPathEqualTo(API + "/company/contacts")).willReturn(okJson("[]")));
        psa.stubFor(get(urlPathEqualTo(API + "/company/contacts/count")).willReturn(okJson("{\"count\":0}")));
        psa.stubFor(get(urlPathEqualTo(TICKETS)).atPriority(5).willReturn(okJson("[" + ticket(10234, "Printer offline")
                + "," + ticket(10233, "Scanner jammed") + "]")));
        psa.stubFor(get(urlPathEqualTo(TICKETS + "/count")).willReturn(okJson("{\"count\":2500}")));
    }

    private static String ticket(long id, String summary) {
        return """
                {"id":%d,"summary":"%s","board":{"id":1,"name":"Help Desk"},"status":{"id":11,"name":"In Progress"},
                 "type":{"id":22,"name":"Query"},"priority":{"id":33,"name":"Priority 3 - Medium"},
                 "company":{"id":1,"name":"Contoso Ltd"},"contact":{"id":11,"name":"Ava Admin"},
                 "site":{"id":51,"name":"Head Office"},"closedFlag":false,
                 "_info":{"dateEntered":"2025-05-02T09:30:00Z","lastUpdated":"2025-05-03T10:00:00Z"}}"""
                .formatted(id, summary);
    }

    private PortalClient logIn() {
        PortalClient browser = newClient();
        HttpResponse<String> form = browser.get("login.xhtml");
        browser.submit(form, "login", "login:submit", Map.of("login:email", AVA, "login:password", PASSWORD));
        return browser;
    }

    private static String param(LoggedRequest request, String name) {
        return request.getQueryParams().containsKey(name) ? request.queryParameter(name).firstValue() : "";
    }

    private List<LoggedRequest> ticketPages() {
        return PSA.server().findAll(getRequestedFor(urlPathEqualTo(TICKETS))).stream()
                .filter(r -> !param(r, "conditions").contains("externalXRef")).toList();
    }

    @Test
    void theListAsksThePsaForOnePageAndItsCountWithinTheUsersCompany() {
        PortalClient browser = logIn();

        HttpResponse<String> page = browser.get("tickets/list.xhtml?view=open&q=printer&site=51");

        List<LoggedRequest> pages = ticketPages();
        String conditions = param(pages.get(0), "conditions");
        assertAll(
                () -> assertEquals(200, page.statusCode()),
                () -> assertTrue(page.body().contains("2,500 tickets"), "total"),
                () -> assertTrue(page.body().contains("#10234") && page.body().contains("Scanner jammed"), "rows"),
                () -> assertTrue(page.body().contains("/tickets/ticket.xhtml?id=10234\""), "links"),
                () -> assertEquals(1, pages.size(), "one page"),
                () -> assertEquals("1", param(pages.get(0), "page")),
                () -> assertEquals("25", param(pages.get(0), "pageSize")),
                () -> assertTrue(param(pages.get(0), "orderBy").startsWith("id desc"), param(pages.get(0), "orderBy")),
                () -> assertTrue(conditions.startsWith("(company/id=1)"), conditions),
                () -> assertTrue(conditions.contains("summary contains \"printer\""), conditions),
                () -> assertTrue(conditions.contains("closedFlag=false"), conditions),
                () -> assertTrue(conditions.contains("site/id=51"), conditions));
        PSA.server().verify(1, getRequestedFor(urlPathEqualTo(TICKETS + "/count")));
    }

    @Test
    void pagingAndSortingAskThePsaForThatPageInThatOrder() {
        PortalClient browser = logIn();
        HttpResponse<String> page = browser.get("tickets/list.xhtml?view=search");

        HttpResponse<String> third = browser.submitAjax(page, "tickets", "tickets:summary", "tickets:summary",
                "tickets:summary", Map.of("tickets:summary_pagination", "true", "tickets:summary_first", "50",
                        "tickets:summary_rows", "25", "tickets:summary_skipChildren", "true",
                        "tickets:summary_encodeFeature", "true"));
        Map<String, String> sort = new LinkedHashMap<>();
        sort.put("tickets:sort-key_input", "summary");
        sort.put("jakarta.faces.behavior.event", "change");
        sort.put("jakarta.faces.partial.event", "change");
        HttpResponse<String> sorted = browser.submitAjax(page, "tickets", "tickets:sort-key", "tickets:sort-key",
                "tickets:summary", sort);

        List<LoggedRequest> pages = ticketPages();
        assertAll(
                () -> assertEquals(200, third.statusCode()),
                () -> assertTrue(third.body().contains("Printer offline"), third.body()),
                () -> assertEquals(200, sorted.statusCode()),
                () -> assertEquals(3, pages.size()),
                () -> assertEquals("3", param(pages.get(1), "page")),
                () -> assertEquals("25", param(pages.get(1), "pageSize")),
                () -> assertTrue(param(pages.get(2), "orderBy").startsWith("summary desc"), param(pages.get(2), "orderBy")));
    }

    @Test
    void invalidParametersAreLeftOutWithANoticeInsteadOfAnError() {
        PortalClient browser = logIn();

        HttpResponse<String> page = browser.get("tickets/list.xhtml?view=everything&site=abc&createdFrom=2025-02-30");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Some search settings in the link were not valid and were left out: list, site, "
                + "created from."), page.body());
        assertFalse(param(ticketPages().get(0), "conditions").contains("site/id"));
    }

    @Test
    void bracesAndPercentSignsInTheSearchAreSearchedForAsTyped() {
        PortalClient browser = logIn();

        HttpResponse<String> open = browser.get("tickets/list.xhtml?view=search&q=%7B");
        HttpResponse<String> template = browser.get("tickets/list.xhtml?view=search&q=%7Bid%7D%2050%25");

        List<LoggedRequest> pages = ticketPages();
        assertAll(
                () -> assertEquals(200, open.statusCode()),
                () -> assertEquals(200, template.statusCode()),
                () -> assertTrue(param(pages.get(0), "conditions").contains("summary contains \"{\""),
                        param(pages.get(0), "conditions")),
                () -> assertTrue(param(pages.get(1), "conditions").contains("summary contains \"{id} 50%\""),
                        param(pages.get(1), "conditions")));
    }

    @Test
    void tamperedPagingValuesAreClampedAndTheListStillShows() {
        PortalClient browser = logIn();
        HttpResponse<String> page = browser.get("tickets/list.xhtml?view=search&rows=100000&first=-50&page=-3");

        HttpResponse<String> tampered = browser.submitAjax(page, "tickets", "tickets:summary", "tickets:summary",
                "tickets:summary", Map.of("tickets:summary_pagination", "true", "tickets:summary_first", "-50",
                        "tickets:summary_rows", "100000", "tickets:summary_skipChildren", "true",
                        "tickets:summary_encodeFeature", "true"));

        List<LoggedRequest> pages = ticketPages();
        assertAll(
                () -> assertEquals(200, page.statusCode()),
                () -> assertTrue(page.body().contains("Printer offline"), "rows"),
                () -> assertEquals(200, tampered.statusCode()),
                () -> assertTrue(tampered.body().contains("Printer offline"), tampered.body()),
                () -> assertFalse(tampered.body().contains("Something went wrong"), tampered.body()),
                () -> assertEquals(2, pages.size()),
                () -> assertEquals("1", param(pages.get(0), "page")),
                () -> assertEquals("25", param(pages.get(0), "pageSize"), "the URL cannot set the page size"),
                () -> assertEquals("1", param(pages.get(1), "page")),
                () -> assertTrue(Integer.parseInt(param(pages.get(1), "pageSize")) <= 1000,
                        param(pages.get(1), "pageSize")));
    }

    @Test
    void whenThePsaIsDownTheListIsTheFriendlyPageWith503() {
        PSA.server().stubFor(get(urlPathMatching(TICKETS + "(/count)?")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        PortalClient browser = logIn();

        HttpResponse<String> list = browser.get("tickets/list.xhtml?view=open");

        assertAll(
                () -> assertEquals(503, list.statusCode()),
                () -> assertTrue(list.body().contains("Our service desk system is not reachable"), list.body()),
                () -> assertTrue(list.body().contains("id=\"error-retry\""), "try again"));
    }

    @Test
    void whenThePsaIsDownHomeSaysWhyItsFiguresAreMissing() {
        PSA.server().stubFor(get(urlPathMatching(TICKETS + "(/count)?")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        PortalClient browser = logIn();

        HttpResponse<String> home = browser.get("home.xhtml");
        HttpResponse<String> figures = browser.submitAjax(home, "home-loader", "home-loader:figures",
                "home-loader:figures", "stats-panel", Map.of());

        assertAll(
                () -> assertEquals(200, home.statusCode()),
                // the recommendations count (not stubbed here: the PSA does not answer it either)
                () -> assertTrue(home.body().contains("Not available: our service desk system did not answer."),
                        "the recommendations count says why it is missing"),
                () -> assertEquals(200, figures.statusCode()),
                () -> assertTrue(figures.body().contains("<update id=\"stats-panel\">"), figures.body()),
                () -> assertTrue(figures.body().contains("our service desk system did not answer"), figures.body()));
    }

    @Test
    void theExportIsTheListAsCsvWithItsFilters() {
        PortalClient browser = logIn();
        HttpResponse<String> page = browser.get("tickets/list.xhtml?view=open&q=printer");

        HttpResponse<String> csv = browser.submit(page, "tickets", "tickets:export", Map.of());

        String[] lines = csv.body().split("\r\n");
        assertAll(
                () -> assertEquals(200, csv.statusCode()),
                () -> assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv")),
                () -> assertTrue(csv.headers().firstValue("Content-Disposition").orElse("")
                        .matches("attachment; filename=\"tickets-open-\\d{4}-\\d{2}-\\d{2}\\.csv\"")),
                () -> assertEquals("\uFEFFTicket #,Title,Status,Priority,Contact,Created,Updated", lines[0]),
                () -> assertTrue(lines[1].startsWith("10234,Printer offline,In progress,Priority 3 - Medium,Ava Admin,"),
                        lines[1]),
                () -> assertEquals(3, lines.length));
        assertTrue(ticketPages().stream().allMatch(r -> param(r, "conditions").contains("summary contains \"printer\"")));
    }

    private HttpResponse<String> save(PortalClient browser, HttpResponse<String> form, String title) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ticket-form:summary", title);
        fields.put("ticket-form:description", "It prints blank pages.");
        fields.put("ticket-form:contact_input", "11");
        fields.put("ticket-form:reference", "REF-1");
        fields.put("ticket-form:po", "");
        fields.put("ticket-form:due_input", "");
        return browser.submitAjax(form, "ticket-form", "ticket-form:save-view-bottom", "ticket-form", "ticket-form",
                fields);
    }

    @Test
    void aDoubleSubmittedFormCreatesOneTicket() {
        PSA.server().stubFor(get(urlPathEqualTo(TICKETS)).atPriority(1)
                .withQueryParam("conditions", containing("externalXRef")).willReturn(okJson("[]")));
        PSA.server().stubFor(post(urlPathEqualTo(TICKETS)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(ticket(777, "Printer offline"))));
        PortalClient browser = logIn();
        HttpResponse<String> form = browser.get("tickets/new.xhtml?site=51&type=query");

        HttpResponse<String> first = save(browser, form, "Printer offline");
        HttpResponse<String> second = save(browser, form, "Printer offline");

        assertAll(
                () -> assertTrue(form.body().contains("id=\"chosen-type\">Query<"), "step 2 straight away"),
                () -> assertTrue(first.body().contains("/tickets/ticket.xhtml?id=777\"></redirect>"), first.body()),
                () -> assertTrue(second.body().contains("/tickets/ticket.xhtml?id=777\"></redirect>"), second.body()));
        PSA.server().verify(1, postRequestedFor(urlPathEqualTo(TICKETS))
                .withRequestBody(matchingJsonPath("$.summary", equalTo("Printer offline")))
                .withRequestBody(matchingJsonPath("$.externalXRef", matching("[0-9a-f-]{36}")))
                .withRequestBody(matchingJsonPath("$.site.id", equalTo("51")))
                .withRequestBody(matchingJsonPath("$.contact.id", equalTo("11")))
                .withRequestBody(matchingJsonPath("$.type.id", equalTo("22")))
                .withRequestBody(matchingJsonPath("$.initialDescription", containing("Customer reference: REF-1"))));
    }

    @Test
    void whenThePsaIsDownTheFormKeepsEverythingAndSaysSo() {
        PSA.server().stubFor(get(urlPathEqualTo(TICKETS)).atPriority(1)
                .withQueryParam("conditions", containing("externalXRef")).willReturn(okJson("[]")));
        PSA.server().stubFor(post(urlPathEqualTo(TICKETS)).willReturn(aResponse().withStatus(503)));
        PortalClient browser = logIn();
        HttpResponse<String> form = browser.get("tickets/new.xhtml?site=51&type=query");

        HttpResponse<String> refused = save(browser, form, "Printer offline on floor 2");

        assertAll(
                () -> assertEquals(200, refused.statusCode()),
                () -> assertFalse(refused.body().contains("<redirect"), "stays on the form"),
                () -> assertTrue(refused.body().contains("Everything you entered is still here"), refused.body()),
                () -> assertTrue(refused.body().contains("value=\"Printer offline on floor 2\""), "the title is kept"));
        // the outcome of a failed POST is unknown: the connector looks for the token before giving up
        PSA.server().verify(2, getRequestedFor(urlPathEqualTo(TICKETS))
                .withQueryParam("conditions", containing("externalXRef")));
    }

    @Test
    void anOwnTicketShowsItsNumberAndDescriptionAndOnlyTheInputsThePsaOffers() {
        ownTicket();
        PortalClient browser = logIn();

        HttpResponse<String> page = browser.get("tickets/ticket.xhtml?id=10234");

        String body = page.body();
        assertAll(
                () -> assertEquals(200, page.statusCode(), body),
                () -> assertTrue(body.contains("class=\"ticket-head__number\">#10234<"), "the ticket number"),
                () -> assertTrue(body.contains("It prints blank pages."), "the description"),
                () -> assertEquals(body.indexOf("It prints blank pages."), body.lastIndexOf("It prints blank pages."),
                        "the description is not repeated in the timeline"),
                () -> assertTrue(body.contains("We are on it."), "the conversation"),
                () -> assertTrue(body.contains("ticket-badge--open") && body.contains(">In progress<"), "status label"),
                () -> assertTrue(body.contains("id=\"detail-impact\">Medium<"), "ConnectWise has impacts"),
                () -> assertTrue(body.contains("id=\"detail-severity\">Low<"), "and severities"),
                () -> assertFalse(body.contains("note-form:note-title"), "ConnectWise notes have no title"),
                () -> assertTrue(body.contains("note-form:note-recipients"), "but can copy recipients"));
    }

    @Test
    void aRefusedNoteSaysWhyInThePortalsWordsNextToTheField() {
        ownTicket();
        PSA.server().stubFor(post(urlPathEqualTo(TICKETS + "/10234/notes")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"code":"InvalidObject","message":"ServiceNote object is invalid","errors":[
                         {"code":"MissingRequiredField","message":"internal detail of the PSA","field":"text"}]}""")));
        PortalClient browser = logIn();
        HttpResponse<String> page = browser.get("tickets/ticket.xhtml?id=10234");

        HttpResponse<String> refused = browser.submitAjax(page, "activity", "activity:quick-note-submit", "activity",
                "ticket-page", Map.of("activity:quick-note", "Any news?"));

        String body = refused.body();
        assertAll(
                () -> assertTrue(body.contains("Please fill this in."), body),
                () -> assertFalse(body.contains("internal detail of the PSA"), "the PSA's own text is not shown"));
        PSA.server().verify(1, postRequestedFor(urlPathEqualTo(TICKETS + "/10234/notes")));
    }

    private void ownTicket() {
        PSA.server().stubFor(get(urlPathEqualTo(TICKETS + "/10234")).willReturn(okJson(ticket(10234, "Printer offline")
                .replace("\"closedFlag\":false", "\"impact\":\"Medium\",\"severity\":\"Low\",\"closedFlag\":false"))));
        PSA.server().stubFor(get(urlPathEqualTo(TICKETS + "/10234/configurations")).willReturn(okJson("[]")));
        PSA.server().stubFor(get(urlPathEqualTo(TICKETS + "/10234/notes")).willReturn(okJson("""
                [{"id":1,"text":"It prints blank pages.","detailDescriptionFlag":true,
                  "contact":{"id":11,"name":"Ava Admin"},"dateCreated":"2025-05-02T09:30:00Z"},
                 {"id":2,"text":"We are on it.","detailDescriptionFlag":true,
                  "member":{"id":5,"name":"Jo Tech"},"dateCreated":"2025-05-02T10:00:00Z"}]""")));
        PSA.server().stubFor(get(urlPathEqualTo(API + "/system/documents")).willReturn(okJson("[]")));
    }

    @Test
    void anotherCompanysTicketIsTheNotFoundPage() {
        PSA.server().stubFor(get(urlPathMatching(API + "/service/tickets/999")).willReturn(okJson(ticket(999, "Theirs")
                .replace("\"company\":{\"id\":1", "\"company\":{\"id\":2"))));
        PSA.server().stubFor(get(urlPathMatching(API + "/service/tickets/999/configurations")).willReturn(okJson("[]")));
        PortalClient browser = logIn();

        HttpResponse<String> foreign = browser.get("tickets/ticket.xhtml?id=999");
        HttpResponse<String> malformed = browser.get("tickets/ticket.xhtml?id=1%27%20OR%201=1");

        assertAll(
                () -> assertEquals(404, foreign.statusCode()),
                () -> assertTrue(foreign.body().contains("We could not find that page")),
                () -> assertFalse(foreign.body().contains("Theirs")),
                () -> assertEquals(404, malformed.statusCode()));
    }

    @Test
    void aPageThatRequiresAPermissionIsNotFoundForUsersWithoutIt() {
        PortalClient admin = logIn();
        HttpResponse<String> allowed = admin.get("it/guarded-probe.xhtml");
        PSA.server().stubFor(get(urlPathEqualTo(API + "/company/contacts/11")).atPriority(1)
                .willReturn(okJson("""
                        {"id":11,"firstName":"Ava","lastName":"Admin",
                         "company":{"id":1,"identifier":"Contoso","name":"Contoso Ltd"},
                         "inactiveFlag":false,"disablePortalLoginFlag":false,"portalSecurityLevel":3,
                         "communicationItems":[{"id":11,"type":{"id":1,"name":"Email"},"value":"%s",
                           "defaultFlag":true,"communicationType":"Email"}]}""".formatted(AVA))));
        PortalClient creatorOnly = logIn();

        HttpResponse<String> refused = creatorOnly.get("it/guarded-probe.xhtml");

        assertAll(
                () -> assertEquals(200, allowed.statusCode()),
                () -> assertTrue(allowed.body().contains("guarded page shown")),
                () -> assertEquals(404, refused.statusCode()),
                () -> assertTrue(refused.body().contains("We could not find that page")),
                () -> assertFalse(refused.body().contains("guarded page shown")));
    }

    @Test
    void newTicketIsNotFoundForUsersWhoMayNotRaiseTickets() {
        PSA.server().stubFor(get(urlPathEqualTo(API + "/company/contacts/11")).atPriority(1)
                .willReturn(okJson("""
                        {"id":11,"firstName":"Ava","lastName":"Admin",
                         "company":{"id":1,"identifier":"Contoso","name":"Contoso Ltd"},
                         "inactiveFlag":false,"disablePortalLoginFlag":false,"portalSecurityLevel":4,
                         "communicationItems":[{"id":11,"type":{"id":1,"name":"Email"},"value":"%s",
                           "defaultFlag":true,"communicationType":"Email"}]}""".formatted(AVA))));
        PortalClient ownTicketsOnly = logIn();

        HttpResponse<String> refused = ownTicketsOnly.get("tickets/new.xhtml?site=51&type=query");

        assertAll(
                () -> assertEquals(404, refused.statusCode()),
                () -> assertTrue(refused.body().contains("We could not find that page")),
                () -> assertFalse(refused.body().contains("ticket-form")),
                () -> assertTrue(PSA.server().findAll(getRequestedFor(urlPathEqualTo(API + "/company/companies/1/sites")))
                        .isEmpty(), "the form's choices are not read for a refused user"));
    }
}
