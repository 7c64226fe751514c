package dev.portico.psa.connectwise.ticket;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
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
import static dev.portico.psa.connectwise.CwFixtures.OLLY;
import static dev.portico.psa.connectwise.CwFixtures.ticket;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.psa.Download;
import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.PsaCallMeter;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaNotPermittedException;
import dev.portico.psa.PsaRejectedException;
import dev.portico.psa.Ref;
import dev.portico.psa.Sort;
import dev.portico.psa.connectwise.CwFixtures;
import dev.portico.psa.connectwise.contract.ConnectWiseWireMockTest;
import dev.portico.psa.ticket.Attachment;
import dev.portico.psa.ticket.Impact;
import dev.portico.psa.ticket.NewAttachment;
import dev.portico.psa.ticket.NewTicket;
import dev.portico.psa.ticket.NewTicketNote;
import dev.portico.psa.ticket.StatusKind;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketAction;
import dev.portico.psa.ticket.TicketNote;
import dev.portico.psa.ticket.TicketQuery;
import dev.portico.psa.ticket.TicketSortField;
import dev.portico.psa.ticket.Urgency;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectWiseTicketGatewayTest extends ConnectWiseWireMockTest {

    private ConnectWiseTicketGateway tickets;

    @BeforeEach
    void setUp() {
        CwFixtures.stubReferenceData(PSA);
        tickets = new ConnectWiseTicketGateway(connection());
    }

    @Test
    void searchSendsScopedConditionsProjectionSortAndPagingAndCountsInParallel() {
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets"))).willReturn(okJson(
                "[" + ticket(700, 250, 812, 14, "Waiting Customer Approval", false) + "]")));
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets/count"))).willReturn(okJson("{\"count\":53}")));
        TicketQuery query = TicketQuery.builder().open().text("printer").siteId(51L).build();

        Page<Ticket> page;
        try (PsaCallMeter.Unit unit = meter.open("812")) {
            page = tickets.search(AVA, query, new PageRequest(1, 25), Sort.desc(TicketSortField.CREATED));
            assertTrue(unit.calls() >= 2);
        }

        String expected = "(company/id=250) AND (summary contains \"printer\" AND closedFlag=false AND site/id=51)";
        PSA.verify(getRequestedFor(urlPathEqualTo(api("/service/tickets")))
                .withQueryParam("conditions", equalTo(expected))
                .withQueryParam("orderBy", equalTo("_info/dateEntered desc,id desc"))
                .withQueryParam("page", equalTo("2")).withQueryParam("pageSize", equalTo("25"))
                .withQueryParam("fields", equalTo(TicketAccess.LIST_FIELDS)));
        PSA.verify(getRequestedFor(urlPathEqualTo(api("/service/tickets/count")))
                .withQueryParam("conditions", equalTo(expected)));
        assertEquals(53, page.total());
        Ticket t = page.items().get(0);
        assertEquals(700, t.id());
        assertEquals("Waiting for your approval", t.status().label());
        assertEquals("incident", t.requestType());
        assertEquals(new Ref(51, "Head Office"), t.site());
        assertEquals(Instant.parse("2025-05-02T09:30:00Z"), t.createdAt());
        assertEquals(Instant.parse("2025-07-01T00:00:00Z"), t.dueAt());
    }

    @Test
    void usersWhoSeeOnlyTheirOwnTicketsAreScopedToTheirContact() {
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets/count"))).willReturn(okJson("{\"count\":2}")));

        assertEquals(2, tickets.count(OLLY, TicketQuery.builder().requestTypes(Set.of("query", "change-request")).build()));

        PSA.verify(getRequestedFor(urlPathEqualTo(api("/service/tickets/count"))).withQueryParam("conditions", equalTo(
                "(company/id=250 AND contact/id=813) AND (((board/id=1 AND type/id=22) OR (board/id=1 AND type/id=23)))")));
    }

    @Test
    void waitingForMyApprovalAndConfigurationItemFilters() {
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets/count"))).willReturn(okJson("{\"count\":1}")));

        tickets.count(AVA, TicketQuery.builder().waitingForMyApproval(true).configurationItemId(501L).build());

        PSA.verify(getRequestedFor(urlPathEqualTo(api("/service/tickets/count")))
                .withQueryParam("conditions", equalTo(
                        "(company/id=250) AND (status/name in (\"Waiting Customer Approval\") AND contact/id=812)"))
                .withQueryParam("childConditions", equalTo("configurations/id=501")));
    }

    @Test
    void getReadsTheTicketAndItsConfigurationsAndHidesOtherCompaniesTickets() {
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets/700"))).willReturn(okJson(ticket(700, 250, 815, 11, "In Progress", false))));
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets/700/configurations")))
                .willReturn(okJson("[{\"id\":501,\"deviceIdentifier\":\"PRN-01\"}]")));
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets/900"))).willReturn(okJson(ticket(900, 300, 990, 11, "In Progress", false))));
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets/900/configurations"))).willReturn(okJson("[]")));
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets/700/notes"))).willReturn(okJson("""
                [{"id":2,"text":"internal first","detailDescriptionFlag":true,"internalFlag":true},
                 {"id":3,"text":"The printer shows E42","detailDescriptionFlag":true,"contact":{"id":815,"name":"C"}},
                 {"id":4,"text":"We are on it","detailDescriptionFlag":true,"member":{"id":5,"name":"Tech"}}]""")));
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets/900/notes"))).willReturn(okJson("[]")));

        Ticket mine = tickets.get(AVA, 700);

        assertEquals(List.of(new Ref(501, "PRN-01")), mine.configurationItems());
        assertEquals("c@x.example", mine.contactEmail());
        assertEquals("700", mine.number());
        assertEquals("The printer shows E42", mine.description(), "the oldest customer-visible note");
        assertThrows(PsaNotFoundException.class, () -> tickets.get(AVA, 900), "another company's ticket");
        assertThrows(PsaNotFoundException.class, () -> tickets.get(OLLY, 700), "a colleague's ticket for own-only users");
    }

    @Test
    void onlyDiscussionAndResolutionNotesAreEverReturned() {
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets/700"))).willReturn(okJson(ticket(700, 250, 812, 11, "In Progress", false))));
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets/700/notes"))).willReturn(okJson("""
                [{"id":1,"text":"We are on it","detailDescriptionFlag":true,"member":{"id":5,"name":"Tech"},"dateCreated":"2025-05-02T10:00:00Z"},
                 {"id":2,"text":"internal only","detailDescriptionFlag":false,"internalAnalysisFlag":true},
                 {"id":3,"text":"flagged internal","detailDescriptionFlag":true,"internalFlag":true},
                 {"id":4,"text":"Fixed","resolutionFlag":true,"contact":{"id":812,"name":"Ava"}}]""")));

        List<TicketNote> notes = tickets.notes(AVA, 700);

        assertEquals(List.of(1L, 4L), notes.stream().map(TicketNote::id).toList());
        assertEquals("Tech", notes.get(0).author());
        assertTrue(notes.get(1).fromCustomer() && notes.get(1).resolution());
        PSA.verify(getRequestedFor(urlPathEqualTo(api("/service/tickets/700/notes")))
                .withQueryParam("conditions", equalTo("(detailDescriptionFlag=true OR resolutionFlag=true)")));
    }

    @Test
    void theOldestVisibleNoteIsFlaggedAsTheDescription() {
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets/700"))).willReturn(okJson(ticket(700, 250, 812, 11, "In Progress", false))));
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets/700/notes"))).willReturn(okJson("""
                [{"id":1,"text":"Described","detailDescriptionFlag":true},
                 {"id":4,"text":"Fixed","resolutionFlag":true}]""")));

        List<TicketNote> notes = tickets.notes(AVA, 700);

        assertEquals(List.of(true, false), notes.stream().map(TicketNote::description).toList());
    }

    @Test
    void aTicketNumberIsParsedAndAnythingElseMatchesNothing() {
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets/count"))).willReturn(okJson("{\"count\":1}")));

        assertEquals(1, tickets.count(AVA, TicketQuery.builder().ticketNumber(" #700 ").build()));
        assertEquals(0, tickets.count(AVA, TicketQuery.builder().ticketNumber("700\" OR company/id != 0").build()));
        assertEquals(0, tickets.count(AVA, TicketQuery.builder().ticketNumber("T20240101.0001").build()));

        PSA.verify(1, getRequestedFor(urlPathEqualTo(api("/service/tickets/count"))));
        PSA.verify(getRequestedFor(urlPathEqualTo(api("/service/tickets/count")))
                .withQueryParam("conditions", equalTo("(company/id=250) AND (id=700)")));
    }

    @Test
    void statusKindsComeFromTheConfiguredStatusNamesAndTheClosedFlag() {
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets"))).willReturn(okJson("["
                + ticket(701, 250, 812, 14, "Waiting Customer Approval", false) + ","
                + ticket(702, 250, 812, 11, "In Progress", false) + ","
                + ticket(703, 250, 812, 19, "Closed", true) + "]")));
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets/count"))).willReturn(okJson("{\"count\":3}")));

        List<StatusKind> kinds = tickets.search(AVA, TicketQuery.all(), new PageRequest(0, 25), null).items().stream()
                .map(t -> t.status().kind()).toList();

        assertEquals(List.of(StatusKind.WAITING_FOR_APPROVAL, StatusKind.IN_PROGRESS, StatusKind.COMPLETED), kinds);
    }

    @Test
    void notesOfAnotherCompanysTicketAreNotFound() {
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets/900"))).willReturn(okJson(ticket(900, 300, 990, 11, "In Progress", false))));
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets/900/notes"))).willReturn(okJson("[{\"id\":9,\"text\":\"secret\",\"detailDescriptionFlag\":true}]")));
        PSA.stubFor(get(urlPathEqualTo(api("/system/documents"))).willReturn(okJson("[{\"id\":5,\"fileName\":\"x.pdf\",\"publicFlag\":true}]")));

        assertThrows(PsaNotFoundException.class, () -> tickets.notes(AVA, 900));
        assertThrows(PsaNotFoundException.class, () -> tickets.attachments(AVA, 900));
        assertThrows(PsaNotFoundException.class, () -> tickets.download(AVA, 900, 5));
        assertThrows(PsaNotFoundException.class, () -> tickets.addNote(AVA, 900, NewTicketNote.quick("hi")));
        PSA.verify(0, getRequestedFor(urlPathEqualTo(api("/system/documents/5/download"))));
        PSA.verify(0, postRequestedFor(urlPathEqualTo(api("/service/tickets/900/notes"))));
    }

    @Test
    void addingANoteSendsADiscussionNoteFromTheContactAndCopiesRecipients() {
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets/700"))).willReturn(okJson(ticket(700, 250, 812, 11, "In Progress", false))));
        PSA.stubFor(patch(urlPathEqualTo(api("/service/tickets/700"))).willReturn(okJson(ticket(700, 250, 812, 11, "In Progress", false))));
        PSA.stubFor(post(urlPathEqualTo(api("/service/tickets/700/notes"))).willReturn(okJson(
                "{\"id\":77,\"ticketId\":700,\"text\":\"Still broken\",\"detailDescriptionFlag\":true,\"resolutionFlag\":true,"
                        + "\"contact\":{\"id\":812,\"name\":\"Ava\"}}")));

        TicketNote note = tickets.addNote(AVA, 700, new NewTicketNote("Still broken", true, false, List.of("boss@contoso.example")));

        assertEquals(77, note.id());
        PSA.verify(postRequestedFor(urlPathEqualTo(api("/service/tickets/700/notes"))).withRequestBody(equalToJson("""
                {"text":"Still broken","detailDescriptionFlag":true,"internalAnalysisFlag":false,"resolutionFlag":true,
                 "contact":{"id":812},"customerUpdatedFlag":true,"processNotifications":false}""")));
        PSA.verify(patchRequestedFor(urlPathEqualTo(api("/service/tickets/700"))).withRequestBody(equalToJson("""
                [{"op":"replace","path":"automaticEmailCcFlag","value":true},
                 {"op":"replace","path":"automaticEmailCc","value":"boss@contoso.example"}]""")));
        assertThrows(PsaRejectedException.class, () -> tickets.addNote(AVA, 700,
                new NewTicketNote("x", false, false, List.of("not an address"))));
    }

    @Test
    void attachmentsAreListedDownloadedAndUploadedThroughTheParentTicket() throws IOException {
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets/700"))).willReturn(okJson(ticket(700, 250, 812, 11, "In Progress", false))));
        PSA.stubFor(get(urlPathEqualTo(api("/system/documents"))).withQueryParam("conditions", equalTo("publicFlag=true"))
                .willReturn(okJson("""
                        [{"id":5,"title":"Screenshot","fileName":"screen.png","size":3,"publicFlag":true},
                         {"id":6,"title":"Hidden","fileName":"h.txt","publicFlag":false}]""")));
        PSA.stubFor(get(urlPathEqualTo(api("/system/documents"))).withQueryParam("conditions", equalTo("publicFlag=true AND id=5"))
                .willReturn(okJson("[{\"id\":5,\"title\":\"Screenshot\",\"fileName\":\"screen.png\",\"size\":3,\"publicFlag\":true}]")));
        PSA.stubFor(get(urlPathEqualTo(api("/system/documents"))).withQueryParam("conditions", equalTo("publicFlag=true AND id=6"))
                .willReturn(okJson("[]")));
        PSA.stubFor(get(urlPathEqualTo(api("/system/documents/5/download")))
                .willReturn(aResponse().withHeader("Content-Type", "application/octet-stream").withBody(new byte[] {1, 2, 3})));
        PSA.stubFor(post(urlPathEqualTo(api("/system/documents"))).willReturn(okJson(
                "{\"id\":8,\"title\":\"Log\",\"fileName\":\"log.txt\",\"size\":5,\"publicFlag\":true}")));

        List<Attachment> listed = tickets.attachments(AVA, 700);
        byte[] content;
        try (Download download = tickets.download(AVA, 700, 5)) {
            content = download.content().readAllBytes();
            assertEquals("image/png", download.contentType());
        }
        Attachment uploaded = tickets.attach(AVA, 700, new NewAttachment("Log", "log.txt", "text/plain", 5,
                () -> new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8))));

        assertEquals(List.of(5L), listed.stream().map(Attachment::id).toList());
        assertArrayEquals(new byte[] {1, 2, 3}, content);
        assertEquals(8, uploaded.id());
        assertThrows(PsaNotFoundException.class, () -> tickets.download(AVA, 700, 6), "a document not public on this ticket");
        PSA.verify(getRequestedFor(urlPathEqualTo(api("/system/documents")))
                .withQueryParam("recordType", equalTo("Ticket")).withQueryParam("recordId", equalTo("700")));
        PSA.verify(postRequestedFor(urlPathEqualTo(api("/system/documents")))
                .withHeader("Content-Type", containing("multipart/form-data; boundary="))
                .withRequestBodyPart(aMultipart().withName("recordType").withBody(equalTo("Ticket")).build())
                .withRequestBodyPart(aMultipart().withName("recordId").withBody(equalTo("700")).build())
                .withRequestBodyPart(aMultipart().withName("privateFlag").withBody(equalTo("false")).build())
                .withRequestBodyPart(aMultipart().withName("file").withBody(equalTo("hello")).build()));
    }

    @Test
    void uploadsOverTheLimitAreRefusedBeforeAnythingIsSent() {
        long tooBig = 26_214_401L;

        PsaRejectedException refused = assertThrows(PsaRejectedException.class, () -> tickets.attach(AVA, 700,
                new NewAttachment("Big", "big.iso", null, tooBig, () -> new ByteArrayInputStream(new byte[0]))));

        assertEquals("file", refused.problems().get(0).field());
        assertEquals(0, PSA.getAllServeEvents().size());
    }

    @Test
    void anUploadLargerThanDeclaredIsStoppedAndReportedAsTooLarge() {
        var cw = connection(Map.of("psa.connectwise.attachment.max-bytes", "10"));
        ConnectWiseTicketGateway small = new ConnectWiseTicketGateway(cw);
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets/700"))).willReturn(okJson(ticket(700, 250, 812, 11, "In Progress", false))));
        PSA.stubFor(post(urlPathEqualTo(api("/system/documents"))).willReturn(okJson("{\"id\":8}")));

        PsaRejectedException refused = assertThrows(PsaRejectedException.class, () -> small.attach(AVA, 700,
                new NewAttachment("Lie", "lie.bin", null, 5, () -> new ByteArrayInputStream(new byte[4096]))));

        assertEquals("file", refused.problems().get(0).field());
    }

    @Test
    void approvingMovesToTheConfiguredStatusWithTheCommentAsANote() {
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets/700"))).willReturn(okJson(
                ticket(700, 250, 812, 14, "Waiting Customer Approval", false))));
        PSA.stubFor(patch(urlPathEqualTo(api("/service/tickets/700"))).willReturn(okJson(ticket(700, 250, 812, 15, "Customer Approved", false))));
        PSA.stubFor(post(urlPathEqualTo(api("/service/tickets/700/notes"))).willReturn(okJson("{\"id\":78}")));

        Ticket approved = tickets.changeStatus(AVA, 700, TicketAction.APPROVE, "Go ahead");

        assertEquals("Approved", approved.status().label());
        PSA.verify(patchRequestedFor(urlPathEqualTo(api("/service/tickets/700"))).withRequestBody(equalToJson("""
                [{"op":"replace","path":"status","value":{"id":15}},{"op":"replace","path":"customerUpdatedFlag","value":true}]""")));
        PSA.verify(postRequestedFor(urlPathEqualTo(api("/service/tickets/700/notes")))
                .withRequestBody(equalToJson("{\"text\":\"Go ahead\",\"contact\":{\"id\":812}}", true, true)));
    }

    @Test
    void statusChangesThatDoNotApplyAreRefused() {
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets/701"))).willReturn(okJson(ticket(701, 250, 812, 11, "In Progress", false))));
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets/702"))).willReturn(okJson(ticket(702, 250, 812, 19, "Closed", true))));

        assertThrows(PsaRejectedException.class, () -> tickets.changeStatus(AVA, 701, TicketAction.APPROVE, null));
        assertThrows(PsaRejectedException.class, () -> tickets.changeStatus(AVA, 701, TicketAction.REOPEN, null));
        assertThrows(PsaRejectedException.class, () -> tickets.changeStatus(AVA, 702, TicketAction.REOPEN, null),
                "closed long before the reopen period");
        assertThrows(PsaNotPermittedException.class, () -> tickets.changeStatus(OLLY, 701, TicketAction.APPROVE, null));
        PSA.verify(0, patchRequestedFor(urlPathEqualTo(api("/service/tickets/701"))));
        PSA.verify(0, patchRequestedFor(urlPathEqualTo(api("/service/tickets/702"))));
    }

    @Test
    void closingUsesTheConfiguredCloseStatus() {
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets/701"))).willReturn(okJson(ticket(701, 250, 812, 11, "In Progress", false))));
        PSA.stubFor(patch(urlPathEqualTo(api("/service/tickets/701"))).willReturn(okJson(ticket(701, 250, 812, 19, "Closed", true))));

        Ticket closed = tickets.changeStatus(AVA, 701, TicketAction.CLOSE, "");

        assertTrue(closed.closed());
        PSA.verify(patchRequestedFor(urlPathEqualTo(api("/service/tickets/701")))
                .withRequestBody(equalToJson("[{\"op\":\"replace\",\"path\":\"status\",\"value\":{\"id\":19}}]", true, true)));
        assertFalse(tickets.allows(AVA, closed, TicketAction.CLOSE));
    }

    private static NewTicket incident(String token) {
        return new NewTicket(token, "incident", 51, 812, "Printer offline", "It is off", Urgency.HIGH, Impact.OTHERS,
                false, List.of(501L), null, "PO-9", "REF-7");
    }

    @Test
    void createMapsTheFormOntoTheConfiguredBoardTypePriorityAndSource() {
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets"))).willReturn(okJson("[]")));
        PSA.stubFor(get(urlPathEqualTo(api("/company/configurations/count"))).willReturn(okJson("{\"count\":1}")));
        PSA.stubFor(post(urlPathEqualTo(api("/service/tickets"))).willReturn(okJson(ticket(900, 250, 812, 10, "New", false))));
        PSA.stubFor(post(urlPathEqualTo(api("/service/tickets/900/configurations"))).willReturn(okJson("{\"id\":501}")));

        Ticket created = tickets.create(AVA, incident("form-1"));

        assertEquals(900, created.id());
        PSA.verify(postRequestedFor(urlPathEqualTo(api("/service/tickets"))).withRequestBody(equalToJson("""
                {"summary":"Printer offline","board":{"id":1},"company":{"id":250},"site":{"id":51},"contact":{"id":812},
                 "type":{"id":21},"priority":{"id":32},"source":{"id":41},"severity":"High","impact":"Medium",
                 "externalXRef":"form-1","poNumber":"PO-9","initialDescription":"It is off\\n\\nCustomer reference: REF-7"}""")));
        PSA.verify(postRequestedFor(urlPathEqualTo(api("/service/tickets/900/configurations")))
                .withRequestBody(equalToJson("{\"id\":501}")));
        PSA.verify(getRequestedFor(urlPathEqualTo(api("/company/configurations/count")))
                .withQueryParam("conditions", equalTo("(company/id=250) AND (id in (501))")));
        PSA.verify(getRequestedFor(urlPathEqualTo(api("/service/tickets")))
                .withQueryParam("conditions", equalTo("(company/id=250) AND (externalXRef=\"form-1\")")));
    }

    @Test
    void aCreateThatTimedOutIsFoundByItsTokenAndNeverPostedTwice() {
        var slow = new ConnectWiseTicketGateway(connection(Map.of("psa.http.read-timeout-ms", "300")));
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets"))).inScenario("create").whenScenarioStateIs("Started")
                .willReturn(okJson("[]")));
        PSA.stubFor(get(urlPathEqualTo(api("/company/configurations/count"))).willReturn(okJson("{\"count\":1}")));
        PSA.stubFor(post(urlPathEqualTo(api("/service/tickets"))).inScenario("create").whenScenarioStateIs("Started")
                .willReturn(okJson(ticket(900, 250, 812, 10, "New", false)).withFixedDelay(1500))
                .willSetStateTo("created"));
        PSA.stubFor(get(urlPathEqualTo(api("/service/tickets"))).inScenario("create").whenScenarioStateIs("created")
                .willReturn(okJson("[" + ticket(900, 250, 812, 10, "New", false) + "]")));

        Ticket first = slow.create(AVA, incident("form-2"));
        Ticket again = slow.create(AVA, incident("form-2"));
        Ticket fromAnotherNode = new ConnectWiseTicketGateway(connection()).create(AVA, incident("form-2"));

        assertEquals(900, first.id());
        assertEquals(900, again.id());
        assertEquals(900, fromAnotherNode.id());
        PSA.verify(1, postRequestedFor(urlPathEqualTo(api("/service/tickets"))));
    }

    @Test
    void incompleteOrForeignInputIsRejectedWithFieldProblems() {
        PSA.stubFor(get(urlPathEqualTo(api("/company/configurations/count"))).willReturn(okJson("{\"count\":0}")));
        PSA.stubFor(get(urlPathEqualTo(api("/company/contacts/990")))
                .willReturn(okJson("{\"id\":990,\"company\":{\"id\":300}}")));
        NewTicket bad = new NewTicket("form-3", "change-request", 61, 990, " ", null, null, null, false, List.of(777L),
                null, null, null);

        PsaRejectedException refused = assertThrows(PsaRejectedException.class, () -> tickets.create(AVA, bad));

        assertEquals(Set.of("summary", "dueAt", "site", "contact", "configurationItems"),
                refused.problems().stream().map(PsaRejectedException.FieldProblem::field).collect(java.util.stream.Collectors.toSet()));
        PSA.verify(0, postRequestedFor(urlPathEqualTo(api("/service/tickets"))));
        assertThrows(PsaNotPermittedException.class, () -> tickets.create(
                new dev.portico.psa.PsaScope(250, 812, Set.of()), incident("form-4")));
        assertThrows(IllegalArgumentException.class, () -> tickets.create(AVA, incident("bad token\" OR 1=1")));
    }
}
