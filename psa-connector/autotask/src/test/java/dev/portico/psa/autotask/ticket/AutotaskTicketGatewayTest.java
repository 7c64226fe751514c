package dev.portico.psa.autotask.ticket;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaNotPermittedException;
import dev.portico.psa.PsaRejectedException;
import dev.portico.psa.PsaRejectedException.Keys;
import dev.portico.psa.PsaScope;
import dev.portico.psa.PsaUnavailableException;
import dev.portico.psa.Sort;
import dev.portico.psa.autotask.AutotaskConnection;
import dev.portico.psa.autotask.contract.AutotaskWireMockTest;
import dev.portico.psa.ticket.NewTicket;
import dev.portico.psa.ticket.NewTicketNote;
import dev.portico.psa.ticket.StatusKind;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketAction;
import dev.portico.psa.ticket.TicketNote;
import dev.portico.psa.ticket.TicketQuery;
import dev.portico.psa.ticket.TicketSortField;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AutotaskTicketGatewayTest extends AutotaskWireMockTest {

    static final PsaScope COMPANY_USER = new PsaScope(175, Set.of(175L, 176L), 30684646, Set.of(),
            Set.of(Permission.VIEW_COMPANY_TICKETS, Permission.CREATE_TICKETS, Permission.APPROVE_TICKETS));
    static final PsaScope OWN_TICKETS_USER = new PsaScope(175, 30684646, Set.of(Permission.CREATE_TICKETS));

    static String ticket(long id, long company, long contact, int status) {
        return "{\"id\":" + id + ",\"ticketNumber\":\"T20240101." + String.format("%04d", id) + "\",\"title\":\"Printer offline\","
                + "\"description\":\"The printer on floor 2 is offline.\",\"status\":" + status + ",\"priority\":2,"
                + "\"companyID\":" + company + ",\"contactID\":" + contact + ",\"ticketType\":2,\"ticketCategory\":3,"
                + "\"createDate\":\"2024-01-01T09:30:00.123Z\",\"lastActivityDate\":\"2024-01-02T10:00:00\","
                + "\"changeApprovalStatus\":null}";
    }

    static String items(String... items) {
        return "{\"items\":[" + String.join(",", items) + "],\"pageDetails\":{\"count\":" + items.length
                + ",\"requestCount\":500,\"prevPageUrl\":null,\"nextPageUrl\":null}}";
    }

    static JsonObject body(LoggedRequest request) {
        return Json.createReader(new StringReader(request.getBodyAsString())).readObject();
    }

    @Test
    void searchAndsTheScopeOntoEveryQueryAndMapsTheTicket() {
        stubTicketFields();
        PSA.stubFor(post(urlPathEqualTo(api("/Tickets/query"))).willReturn(okJson(items(ticket(7, 175, 30684646, 1)))));
        PSA.stubFor(post(urlPathEqualTo(api("/Tickets/query/count"))).willReturn(okJson("{\"queryCount\":1}")));
        PSA.stubFor(post(urlPathEqualTo(api("/Contacts/query"))).willReturn(okJson(items(
                "{\"id\":30684646,\"firstName\":\"Jane\",\"lastName\":\"Doe\"}"))));
        AutotaskTicketGateway tickets = new AutotaskTicketGateway(connection());

        Page<Ticket> page = tickets.search(COMPANY_USER, TicketQuery.builder().open().text("printer").build(),
                PageRequest.first(25), Sort.desc(TicketSortField.CREATED));

        assertEquals(1, page.total());
        Ticket t = page.items().get(0);
        assertEquals("T20240101.0007", t.number());
        assertEquals("New", t.status().label());
        assertEquals(StatusKind.NEW, t.status().kind());
        assertEquals("Medium", t.priority().name());
        assertEquals("incident", t.requestType());
        assertEquals("Jane Doe", t.contact().name());
        assertNull(t.impact());
        for (LoggedRequest request : PSA.findAll(postRequestedFor(urlPathMatching(api("/Tickets/query.*"))))) {
            JsonArray filter = body(request).getJsonArray("filter");
            JsonObject first = filter.getJsonObject(0);
            assertEquals("in", first.getString("op"));
            assertEquals("companyID", first.getString("field"));
            assertEquals(Json.createArrayBuilder().add(175).add(176).build(), first.getJsonArray("value"));
            assertTrue(request.getBodyAsString().contains("\"op\":\"contains\",\"field\":\"title\",\"value\":\"printer\""));
            assertTrue(request.getBodyAsString().contains("\"op\":\"notIn\",\"field\":\"status\",\"value\":[5]"));
        }
        assertEquals(25, body(PSA.findAll(postRequestedFor(urlPathEqualTo(api("/Tickets/query")))).get(0))
                .getInt("maxRecords"));
    }

    @Test
    void ownTicketUsersAreLimitedToTheirContactOnEveryQuery() {
        PSA.stubFor(post(urlPathEqualTo(api("/Tickets/query/count"))).willReturn(okJson("{\"queryCount\":0}")));
        AutotaskTicketGateway tickets = new AutotaskTicketGateway(connection());

        tickets.count(OWN_TICKETS_USER, TicketQuery.all());

        JsonArray filter = body(PSA.findAll(postRequestedFor(urlPathEqualTo(api("/Tickets/query/count")))).get(0))
                .getJsonArray("filter");
        assertEquals(Json.createObjectBuilder().add("op", "eq").add("field", "contactID").add("value", 30684646).build(),
                filter.getJsonObject(1));
    }

    @Test
    void aTicketOfAnotherCompanyOrContactIsNotFound() {
        PSA.stubFor(get(urlPathEqualTo(api("/Tickets/8"))).willReturn(okJson("{\"item\":" + ticket(8, 999, 30684646, 1) + "}")));
        PSA.stubFor(get(urlPathEqualTo(api("/Tickets/9"))).willReturn(okJson("{\"item\":" + ticket(9, 175, 111, 1) + "}")));
        PSA.stubFor(get(urlPathEqualTo(api("/Tickets/10"))).willReturn(okJson("{\"item\":null}")));
        AutotaskTicketGateway tickets = new AutotaskTicketGateway(connection());

        assertThrows(PsaNotFoundException.class, () -> tickets.get(COMPANY_USER, 8));
        assertThrows(PsaNotFoundException.class, () -> tickets.get(OWN_TICKETS_USER, 9));
        assertThrows(PsaNotFoundException.class, () -> tickets.get(COMPANY_USER, 10));
        assertThrows(PsaNotFoundException.class, () -> tickets.notes(COMPANY_USER, 8));
        assertThrows(PsaNotFoundException.class, () -> tickets.download(COMPANY_USER, 8, 1));
        PSA.verify(0, getRequestedFor(urlPathMatching(api("/TicketAttachments/.*"))));
    }

    @Test
    void anAttachmentIsDownloadedOnlyWhenItIsThePublishedFileOfThatTicket() throws Exception {
        PSA.stubFor(get(urlPathEqualTo(api("/Tickets/7"))).willReturn(okJson("{\"item\":" + ticket(7, 175, 30684646, 1) + "}")));
        PSA.stubFor(get(urlPathEqualTo(api("/TicketAttachments/3"))).willReturn(okJson(
                "{\"items\":[{\"id\":3,\"parentID\":7,\"publish\":1,\"fullPath\":\"log.txt\",\"data\":\"aGVsbG8=\"}]}")));
        PSA.stubFor(get(urlPathEqualTo(api("/TicketAttachments/4"))).willReturn(okJson(
                "{\"item\":{\"id\":4,\"parentID\":99,\"publish\":1,\"data\":\"aGVsbG8=\"}}")));
        PSA.stubFor(get(urlPathEqualTo(api("/TicketAttachments/5"))).willReturn(okJson(
                "{\"item\":{\"id\":5,\"parentID\":7,\"publish\":2,\"data\":\"aGVsbG8=\"}}")));
        AutotaskTicketGateway tickets = new AutotaskTicketGateway(connection());

        try (dev.portico.psa.Download file = tickets.download(COMPANY_USER, 7, 3)) {
            assertEquals("log.txt", file.fileName());
            assertEquals("hello", new String(file.content().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThrows(PsaNotFoundException.class, () -> tickets.download(COMPANY_USER, 7, 4));
        assertThrows(PsaNotFoundException.class, () -> tickets.download(COMPANY_USER, 7, 5));
    }

    @Test
    void getFillsDescriptionContactAndSite() {
        stubTicketFields();
        PSA.stubFor(get(urlPathEqualTo(api("/Tickets/7"))).willReturn(okJson("{\"item\":" + ticket(7, 175, 30684646, 12)
                .replace("\"changeApprovalStatus\":null", "\"companyLocationID\":44") + "}")));
        PSA.stubFor(get(urlPathEqualTo(api("/Contacts/30684646"))).willReturn(okJson(
                "{\"item\":{\"id\":30684646,\"companyID\":175,\"firstName\":\"Jane\",\"lastName\":\"Doe\","
                        + "\"emailAddress\":\"jane@client.example\",\"phone\":\"555\"}}")));
        PSA.stubFor(get(urlPathEqualTo(api("/CompanyLocations/44"))).willReturn(okJson(
                "{\"item\":{\"id\":44,\"companyID\":175,\"name\":\"Head office\"}}")));

        Ticket t = new AutotaskTicketGateway(connection()).get(COMPANY_USER, 7);

        assertEquals("The printer on floor 2 is offline.", t.description());
        assertEquals("Jane Doe", t.contact().name());
        assertEquals("jane@client.example", t.contactEmail());
        assertEquals("Head office", t.site().name());
        assertEquals(StatusKind.WAITING_FOR_APPROVAL, t.status().kind());
    }

    @Test
    void notesAreOnlyThePublishedOnes() {
        PSA.stubFor(get(urlPathEqualTo(api("/Tickets/7"))).willReturn(okJson("{\"item\":" + ticket(7, 175, 30684646, 1) + "}")));
        PSA.stubFor(post(urlPathEqualTo(api("/TicketNotes/query"))).willReturn(okJson(items(
                "{\"id\":2,\"ticketID\":7,\"title\":\"Reply\",\"description\":\"Thanks\",\"publish\":1,"
                        + "\"createdByContactID\":30684646,\"createDateTime\":\"2024-01-02T10:00:00Z\"}",
                "{\"id\":1,\"ticketID\":7,\"title\":\"Update\",\"description\":\"On it\",\"publish\":1,"
                        + "\"createDateTime\":\"2024-01-01T10:00:00Z\"}",
                "{\"id\":3,\"ticketID\":7,\"title\":\"Internal\",\"description\":\"secret\",\"publish\":2,"
                        + "\"createDateTime\":\"2024-01-03T10:00:00Z\"}"))));
        PSA.stubFor(post(urlPathEqualTo(api("/Contacts/query"))).willReturn(okJson(items(
                "{\"id\":30684646,\"firstName\":\"Jane\",\"lastName\":\"Doe\"}"))));

        List<TicketNote> notes = new AutotaskTicketGateway(connection()).notes(COMPANY_USER, 7);

        assertEquals(List.of(1L, 2L), notes.stream().map(TicketNote::id).toList());
        assertFalse(notes.get(0).fromCustomer());
        assertTrue(notes.get(1).fromCustomer());
        assertEquals("Jane Doe", notes.get(1).author());
        String sent = PSA.findAll(postRequestedFor(urlPathEqualTo(api("/TicketNotes/query")))).get(0).getBodyAsString();
        assertTrue(sent.contains("{\"op\":\"eq\",\"field\":\"publish\",\"value\":1}"), sent);
    }

    @Test
    void aNoteIsPostedUnderItsTicketAsTheContactWithTheClientPortalType() {
        PSA.stubFor(get(urlPathEqualTo(api("/Tickets/7"))).willReturn(okJson("{\"item\":" + ticket(7, 175, 30684646, 1) + "}")));
        PSA.stubFor(post(urlPathEqualTo(api("/Tickets/7/Notes"))).willReturn(okJson("{\"itemId\":55}")));

        TicketNote note = new AutotaskTicketGateway(connection()).addNote(COMPANY_USER, 7,
                new NewTicketNote("Reply from portal", "Still broken", false, true, List.of()));

        assertEquals(55, note.id());
        PSA.verify(postRequestedFor(urlPathEqualTo(api("/Tickets/7/Notes"))).withRequestBody(equalToJson(
                "{\"ticketID\":7,\"title\":\"Reply from portal\",\"description\":\"Still broken\",\"noteType\":18,"
                        + "\"publish\":1,\"createdByContactID\":30684646}")));
    }

    NewTicket newTicket(String token) {
        return new NewTicket(token, "query", 0, 30684646, "Printer offline", "It does not print", null, null,
                false, List.of(), null, "PO-1", null);
    }

    @Test
    void createLooksUpTheTokenFirstAndSendsItAsExternalId() {
        stubTicketFields();
        PSA.stubFor(post(urlPathEqualTo(api("/Tickets/query"))).willReturn(okJson(items())));
        PSA.stubFor(post(urlPathEqualTo(api("/Tickets"))).willReturn(okJson("{\"itemId\":7}")));
        PSA.stubFor(get(urlPathEqualTo(api("/Tickets/7"))).willReturn(okJson("{\"item\":" + ticket(7, 175, 30684646, 1) + "}")));
        PSA.stubFor(get(urlPathEqualTo(api("/Contacts/30684646"))).willReturn(okJson("{\"item\":{\"id\":30684646,\"companyID\":175}}")));

        Ticket made = new AutotaskTicketGateway(connection()).create(COMPANY_USER, newTicket("portal-8f3a"));

        assertEquals(7, made.id());
        PSA.verify(postRequestedFor(urlPathEqualTo(api("/Tickets/query")))
                .withRequestBody(matchingJsonPath("$.filter[1].field", is("externalID")))
                .withRequestBody(matchingJsonPath("$.filter[1].value", is("portal-8f3a"))));
        PSA.verify(postRequestedFor(urlPathEqualTo(api("/Tickets")))
                .withRequestBody(matchingJsonPath("$.externalID", is("portal-8f3a")))
                .withRequestBody(matchingJsonPath("$.companyID", is("175")))
                .withRequestBody(matchingJsonPath("$.ticketType", is("1")))
                .withRequestBody(matchingJsonPath("$.source", is("-1")))
                .withRequestBody(matchingJsonPath("$.createdByContactID", is("30684646"))));
    }

    @Test
    void aCreateThatTimedOutIsLookedUpByExternalIdAndNotSentAgain() {
        stubTicketFields();
        PSA.stubFor(post(urlPathEqualTo(api("/Tickets/query"))).inScenario("create").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(items())).willSetStateTo("posted"));
        PSA.stubFor(post(urlPathEqualTo(api("/Tickets"))).willReturn(aResponse().withStatus(200)
                .withFixedDelay(1500).withBody("{\"itemId\":7}")));
        PSA.stubFor(post(urlPathEqualTo(api("/Tickets/query"))).inScenario("create").whenScenarioStateIs("posted")
                .willReturn(okJson(items("{\"id\":7}"))));
        PSA.stubFor(get(urlPathEqualTo(api("/Tickets/7"))).willReturn(okJson("{\"item\":" + ticket(7, 175, 30684646, 1) + "}")));
        PSA.stubFor(get(urlPathEqualTo(api("/Contacts/30684646"))).willReturn(okJson("{\"item\":{\"id\":30684646,\"companyID\":175}}")));
        AutotaskConnection at = connection(Map.of("psa.http.read-timeout-ms", "300"));

        Ticket made = new AutotaskTicketGateway(at).create(COMPANY_USER, newTicket("portal-timeout"));

        assertEquals(7, made.id());
        PSA.verify(1, postRequestedFor(urlPathEqualTo(api("/Tickets"))));
        PSA.verify(2, postRequestedFor(urlPathEqualTo(api("/Tickets/query"))));
    }

    @Test
    void aBusinessErrorIsARefusalWithFieldProblemsNotPsaDown() {
        PSA.stubFor(post(urlPathEqualTo(api("/Tickets/query"))).willReturn(okJson(items())));
        PSA.stubFor(post(urlPathEqualTo(api("/Tickets"))).willReturn(autotaskError(500,
                "Missing Required Field: title", "contactID is not associated to the companyID or its Parent Company")));
        PSA.stubFor(get(urlPathEqualTo(api("/Contacts/30684646"))).willReturn(okJson("{\"item\":{\"id\":30684646,\"companyID\":175}}")));

        PsaRejectedException refused = assertThrows(PsaRejectedException.class,
                () -> new AutotaskTicketGateway(connection()).create(COMPANY_USER, newTicket("portal-err")));

        assertEquals("summary", refused.problems().get(0).field());
        assertEquals(Keys.REQUIRED, refused.problems().get(0).messageKey());
        assertEquals("contact", refused.problems().get(1).field());
        assertEquals(Keys.NOT_OWN, refused.problems().get(1).messageKey());
        assertTrue(refused.problems().stream().noneMatch(p -> p.messageSafe()));
        PSA.verify(1, postRequestedFor(urlPathEqualTo(api("/Tickets"))));
    }

    @Test
    void unauthorisedIsAMisconfigurationAndTheZoneIsAskedAgain() {
        PSA.stubFor(post(urlPathEqualTo(api("/Tickets/query/count"))).willReturn(aResponse().withStatus(401)));
        AutotaskTicketGateway tickets = new AutotaskTicketGateway(connection());

        assertThrows(PsaUnavailableException.class, () -> tickets.count(COMPANY_USER, TicketQuery.all()));
        assertThrows(PsaUnavailableException.class, () -> tickets.count(COMPANY_USER, TicketQuery.all()));

        PSA.verify(2, getRequestedFor(urlPathEqualTo(api("/ZoneInformation"))));
    }

    @Test
    void rateLimitedCallsBackOffAndSucceed() {
        PSA.stubFor(post(urlPathEqualTo(api("/Tickets/query/count"))).inScenario("429")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(429)).willSetStateTo("ok"));
        PSA.stubFor(post(urlPathEqualTo(api("/Tickets/query/count"))).inScenario("429")
                .whenScenarioStateIs("ok").willReturn(okJson("{\"queryCount\":3}")));

        assertEquals(3, new AutotaskTicketGateway(connection()).count(COMPANY_USER, TicketQuery.all()));
        PSA.verify(2, postRequestedFor(urlPathEqualTo(api("/Tickets/query/count"))));
    }

    @Test
    void aRequestedChangeApprovalIsVotedOnAndOtherActionsSetTheConfiguredStatus() {
        stubTicketFields();
        PSA.stubFor(get(urlPathEqualTo(api("/Tickets/7"))).willReturn(okJson("{\"item\":" + ticket(7, 175, 30684646, 8)
                .replace("\"changeApprovalStatus\":null", "\"changeApprovalStatus\":3") + "}")));
        PSA.stubFor(get(urlPathEqualTo(api("/Tickets/9"))).willReturn(okJson("{\"item\":" + ticket(9, 175, 30684646, 8)
                + "}")));
        PSA.stubFor(get(urlPathEqualTo(api("/Contacts/30684646"))).willReturn(okJson("{\"item\":{\"id\":30684646,\"companyID\":175}}")));
        PSA.stubFor(post(urlPathEqualTo(api("/Tickets/7/ChangeRequestApprovals"))).willReturn(okJson("{\"itemId\":1}")));
        PSA.stubFor(com.github.tomakehurst.wiremock.client.WireMock.patch(urlPathEqualTo(api("/Tickets")))
                .willReturn(okJson("{\"itemId\":9}")));
        AutotaskTicketGateway tickets = new AutotaskTicketGateway(connection());

        assertTrue(tickets.allows(COMPANY_USER, tickets.get(COMPANY_USER, 7), TicketAction.APPROVE));
        assertFalse(tickets.allows(COMPANY_USER, tickets.get(COMPANY_USER, 9), TicketAction.APPROVE));
        tickets.changeStatus(COMPANY_USER, 7, TicketAction.APPROVE, null);
        tickets.changeStatus(COMPANY_USER, 9, TicketAction.CLOSE, null);

        PSA.verify(postRequestedFor(urlPathEqualTo(api("/Tickets/7/ChangeRequestApprovals"))).withRequestBody(
                equalToJson("{\"ticketID\":7,\"contactID\":30684646,\"isApproved\":true}")));
        PSA.verify(com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor(urlPathEqualTo(api("/Tickets")))
                .withRequestBody(equalToJson("{\"id\":9,\"status\":5}")));
        assertThrows(PsaRejectedException.class, () -> tickets.changeStatus(COMPANY_USER, 9, TicketAction.REJECT, null));
    }

    @Test
    void refusalsByPermissionSendNothing() {
        AutotaskTicketGateway tickets = new AutotaskTicketGateway(connection());
        PsaScope nobody = new PsaScope(175, 30684646, Set.of());

        assertThrows(PsaNotPermittedException.class, () -> tickets.create(nobody, newTicket("portal-x")));
        assertThrows(PsaNotPermittedException.class,
                () -> tickets.changeStatus(nobody, 7, TicketAction.APPROVE, "ok"));

        assertEquals(0, PSA.getAllServeEvents().size());
    }

    @Test
    void aWrongTicketNumberMatchesNothingWithoutACall() {
        Page<Ticket> page = new AutotaskTicketGateway(connection()).search(COMPANY_USER,
                TicketQuery.builder().ticketNumber("7 OR 1=1").build(), PageRequest.first(10), null);

        assertEquals(0, page.total());
        assertEquals(0, PSA.getAllServeEvents().size());
    }
}
