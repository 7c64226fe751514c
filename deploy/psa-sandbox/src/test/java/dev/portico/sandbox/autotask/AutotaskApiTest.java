package dev.portico.sandbox.autotask;

import static dev.portico.sandbox.autotask.AtFakes.object;
import static dev.portico.sandbox.autotask.AtFakes.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.sandbox.SandboxState;
import dev.portico.sandbox.api.CwFace;
import dev.portico.sandbox.seed.SeedIds;
import dev.portico.sandbox.store.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The Autotask face called the way JAX-RS calls it: reads over the seed, paging, counts, creates and errors. */
class AutotaskApiTest {

    /** Seeded once for the read-only tests; write tests seed their own. */
    private static SandboxState shared;

    @BeforeAll
    static void seed() {
        shared = new SandboxState();
        shared.current();
    }

    static AutotaskResource resource(SandboxState state) {
        AutotaskResource r = new AutotaskResource();
        r.state = state;
        r.settings = new AutotaskSettings(k -> null, k -> null);
        r.limits = new AtLimits();
        return r;
    }

    static JsonObject query(AutotaskResource api, String entity, String body) {
        return object(api.post2("V1.0", entity, "query", body, uri("V1.0/" + entity + "/query")));
    }

    static int count(AutotaskResource api, String entity, String body) {
        return object(api.post3("V1.0", entity, "query", "count", null, body, uri("V1.0/" + entity + "/query/count")))
                .getInt("queryCount");
    }

    /** Follows nextPageUrl the way a client does: POST the same body to it. */
    static List<JsonObject> walk(AutotaskResource api, String entity, String body) {
        List<JsonObject> all = new java.util.ArrayList<>();
        JsonObject page = query(api, entity, body);
        int pages = 1;
        while (true) {
            all.addAll(page.getJsonArray("items").getValuesAs(JsonObject.class));
            JsonValue next = page.getJsonObject("pageDetails").get("nextPageUrl");
            if (next == JsonValue.NULL) {
                return all;
            }
            String url = ((jakarta.json.JsonString) next).getString();
            URI u = URI.create(url);
            assertTrue(url.startsWith(AtFakes.BASE + "V1.0/" + entity + "/query/next?paging="), url);
            String paging = URLDecoder.decode(u.getRawQuery().substring("paging=".length()), StandardCharsets.UTF_8);
            page = object(api.post3("V1.0", entity, "query", "next", paging, body, uri(url)));
            assertTrue(++pages < 100);
        }
    }

    @Test
    void zoneInformationPointsBackAtTheSandbox() {
        JsonObject zone = object(resource(shared).getRoot("v1.0", "ZoneInformation",
                AutotaskSettings.DEFAULT_USER_NAME, uri("v1.0/ZoneInformation")));
        assertEquals(AtFakes.BASE, zone.getString("url"));
        assertEquals("http://127.0.0.1:8080/v4_6_release/", zone.getString("webUrl"));
        assertEquals(AutotaskSettings.DEFAULT_CI, zone.getInt("ci"));
        assertEquals(500, assertThrows(AtException.class, () -> resource(shared).getRoot("v1.0", "zoneInformation",
                "someone@else.example", uri("v1.0/ZoneInformation"))).status());
    }

    @Test
    void ticketsOfACompanyPageByCursorExactlyOnce() {
        AutotaskResource api = resource(shared);
        String body = "{\"MaxRecords\":100,\"Filter\":[{\"op\":\"eq\",\"field\":\"companyID\",\"value\":250}]}";
        List<JsonObject> all = walk(api, "Tickets", body);
        Set<Integer> ids = all.stream().map(t -> t.getInt("id")).collect(Collectors.toSet());
        assertEquals(all.size(), ids.size(), "no record twice");
        assertEquals(shared.current().tickets.all().stream()
                .filter(t -> Jsons.refId(t, "company") == SeedIds.CONTOSO).count(), all.size());
        assertEquals(all.size(), count(api, "Tickets", body));
        List<Integer> order = all.stream().map(t -> t.getInt("id")).toList();
        assertEquals(order.stream().sorted().toList(), order, "ascending id order");
        assertTrue(all.size() > 2500);
    }

    @Test
    void pagesCarryCountsAndAPreviousPage() {
        AutotaskResource api = resource(shared);
        String body = "{\"maxRecords\":10,\"filter\":[{\"op\":\"eq\",\"field\":\"companyID\",\"value\":251}]}";
        JsonObject first = query(api, "Tickets", body);
        JsonObject details = first.getJsonObject("pageDetails");
        assertEquals(10, details.getInt("count"));
        assertEquals(10, details.getInt("requestCount"));
        assertEquals(JsonValue.NULL, details.get("prevPageUrl"));
        String next = details.getString("nextPageUrl");
        String paging = URLDecoder.decode(URI.create(next).getRawQuery().substring(7), StandardCharsets.UTF_8);
        JsonObject second = object(api.post3("v1.0", "tickets", "QUERY", "next", paging, body, uri(next)));
        String prev = second.getJsonObject("pageDetails").getString("prevPageUrl");
        String prevPaging = URLDecoder.decode(URI.create(prev).getRawQuery().substring(7), StandardCharsets.UTF_8);
        JsonObject back = object(api.post3("v1.0", "Tickets", "query", "next", prevPaging, body, uri(prev)));
        assertEquals(first.getJsonArray("items"), back.getJsonArray("items"));
    }

    @Test
    void getQueriesWithSearchPageByPlainGets() {
        AutotaskResource api = resource(shared);
        String search = "{\"filter\":[{\"op\":\"eq\",\"field\":\"companyID\",\"value\":251}],\"maxRecords\":50}";
        JsonObject page = object(api.get2("V1.0", "Tickets", "query", search,
                uri("V1.0/Tickets/query?search=" + URLEncoder.encode(search, StandardCharsets.UTF_8))));
        String next = page.getJsonObject("pageDetails").getString("nextPageUrl");
        assertTrue(next.contains("&search="), next);
        var u = uri(next);
        JsonObject second = object(api.get3("V1.0", "Tickets", "query", "next",
                u.getQueryParameters().getFirst("search"), u.getQueryParameters().getFirst("paging"), u));
        assertEquals(50, second.getJsonArray("items").size());
        assertEquals(405, assertThrows(AtException.class, () -> api.get3("V1.0", "Tickets", "query", "next", null,
                u.getQueryParameters().getFirst("paging"), u)).status(), "a GET on a POST query's next page is 405");
    }

    @Test
    void aTicketHasItsAutotaskShape() {
        AutotaskResource api = resource(shared);
        JsonObject item = object(api.get2("V1.0", "Tickets", "10001", null, uri("V1.0/Tickets/10001")))
                .getJsonObject("item");
        assertEquals(10001, item.getInt("id"));
        assertTrue(item.getString("ticketNumber").matches("T\\d{8}\\.0001"), item.getString("ticketNumber"));
        for (String f : List.of("title", "description", "status", "priority", "queueID", "ticketType",
                "ticketCategory", "companyID", "createDate", "lastActivityDate")) {
            assertTrue(item.containsKey(f), f + " in " + item);
        }
        assertEquals(JsonValue.NULL, object(api.get2("V1.0", "Tickets", "999999", null, uri("V1.0/Tickets/999999")))
                .get("item"));
    }

    @Test
    void includeFieldsShapeTheItems() {
        JsonObject page = query(resource(shared), "Tickets", "{\"maxRecords\":3,\"includeFields\":[\"Title\"],"
                + "\"filter\":[{\"op\":\"exist\",\"field\":\"id\"}]}");
        for (JsonObject t : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
            assertEquals(Set.of("id", "title"), t.keySet());
        }
    }

    @Test
    void onlyPublishedNotesAreCustomerVisible() {
        AutotaskResource api = resource(shared);
        int all = count(api, "TicketNotes", "{\"filter\":[{\"op\":\"eq\",\"field\":\"ticketID\",\"value\":10001}]}");
        int published = count(api, "TicketNotes", "{\"filter\":[{\"op\":\"eq\",\"field\":\"ticketID\",\"value\":10001},"
                + "{\"op\":\"eq\",\"field\":\"publish\",\"value\":1}]}");
        int internal = count(api, "TicketNotes", "{\"filter\":[{\"op\":\"noteq\",\"field\":\"publish\",\"value\":1}]}");
        assertTrue(published >= 1 && published <= all);
        assertTrue(internal > 100, "about a third of the tickets have internal notes");
        JsonObject someInternal = query(api, "TicketNotes", "{\"maxRecords\":1,\"filter\":[{\"op\":\"eq\","
                + "\"field\":\"publish\",\"value\":2}]}").getJsonArray("items").getJsonObject(0);
        assertTrue(someInternal.getString("description").startsWith("Internal"), someInternal.toString());
    }

    @Test
    void everyEntityAnswersQueriesCountsAndItems() {
        AutotaskResource api = resource(shared);
        for (AtEntity e : AtEntities.all()) {
            if (e.name().equals("TicketChangeRequestApprovals")) {
                continue;
            }
            String body = "{\"maxRecords\":5,\"filter\":[{\"op\":\"exist\",\"field\":\"id\"}]}";
            JsonObject page = query(api, e.name(), body);
            assertFalse(page.getJsonArray("items").isEmpty(), e.name());
            int id = page.getJsonArray("items").getJsonObject(0).getInt("id");
            JsonObject item = object(api.get2("V1.0", e.name(), String.valueOf(id), null, uri("V1.0/" + e.name())))
                    .getJsonObject("item");
            assertEquals(id, item.getInt("id"), e.name());
            for (String key : item.keySet()) {
                assertTrue(e.fields().contains(key) || key.equals("data"), e.name() + "." + key + " is declared");
            }
            assertTrue(count(api, e.name(), body) > 0, e.name());
        }
    }

    @Test
    void portalFiltersOfTheNotesWork() {
        AutotaskResource api = resource(shared);
        int contacts = count(api, "Contacts", "{\"filter\":[{\"op\":\"eq\",\"field\":\"emailAddress\","
                + "\"value\":\"ava.admin@contoso.example\"},{\"op\":\"eq\",\"field\":\"isActive\",\"value\":1}]}");
        assertEquals(1, contacts);
        JsonObject user = query(api, "ClientPortalUsers", "{\"filter\":[{\"op\":\"eq\",\"field\":\"contactID\","
                + "\"value\":804}]}").getJsonArray("items").getJsonObject(0);
        assertFalse(user.getBoolean("isClientPortalActive"), "Dan's portal log-in is disabled");
        int visibleTasks = count(api, "Tasks", "{\"filter\":[{\"op\":\"eq\",\"field\":\"isVisibleInClientPortal\","
                + "\"value\":true}]}");
        int allTasks = count(api, "Tasks", "{\"filter\":[{\"op\":\"exist\",\"field\":\"id\"}]}");
        assertTrue(visibleTasks > 0 && visibleTasks < allTasks);
    }

    @Test
    void ticketPicklistsCarryLabelsAndParents() {
        JsonObject fields = object(resource(shared).get3("V1.0", "Tickets", "entityInformation", "fields", null, null,
                uri("V1.0/Tickets/entityInformation/fields")));
        Set<String> picklists = new HashSet<>();
        for (JsonObject f : fields.getJsonArray("fields").getValuesAs(JsonObject.class)) {
            if (f.getBoolean("isPickList")) {
                picklists.add(f.getString("name"));
                assertFalse(f.getJsonArray("picklistValues").isEmpty());
            }
            if (f.getString("name").equals("subIssueType")) {
                assertEquals("issueType", f.getString("picklistParentValueField"));
                assertEquals("1", f.getJsonArray("picklistValues").getJsonObject(0).getString("parentValue"));
            }
        }
        assertTrue(picklists.containsAll(Set.of("status", "priority", "queueID", "issueType", "subIssueType",
                "ticketType", "ticketCategory")), picklists.toString());
    }

    @Test
    void invoiceMarkupIsHtml() {
        int id = shared.current().invoices.all().iterator().next().getInt("id");
        JsonObject markup = object(resource(shared).get3("V1.0", "Invoices", String.valueOf(id), "InvoiceMarkupHtml",
                null, null, uri("V1.0/Invoices/" + id + "/InvoiceMarkupHtml")));
        String html = markup.getString("invoiceMarkup");
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("INV-") && html.contains("Total"), html);
    }

    @Test
    void articlesHaveTheirTextAsPlainTextContent() {
        JsonObject content = object(resource(shared).get3("V1.0", "KnowledgeBaseArticles", "1", "PlainTextContent", null,
                null, uri("V1.0/KnowledgeBaseArticles/1/PlainTextContent"))).getJsonArray("items").getJsonObject(0);
        assertEquals(1, content.getInt("id"));
        String article = shared.current().knowledgeBaseArticles.get(1).getString("issue");
        assertTrue(content.getString("contentData").startsWith(article), content.toString());
    }

    @Test
    void unknownEntitiesAndVersionsAre404() {
        AutotaskResource api = resource(shared);
        assertEquals(404, assertThrows(AtException.class, () -> api.post2("V1.0", "Widgets", "query", "{}",
                uri("V1.0/Widgets/query"))).status());
        assertEquals(404, assertThrows(AtException.class, () -> api.post2("V2.0", "Tickets", "query", "{}",
                uri("V2.0/Tickets/query"))).status());
    }

    @Nested
    class Writes {

        private final SandboxState state = new SandboxState();
        private final AutotaskResource api = resource(state);

        private int itemId(Response r) {
            assertEquals(200, r.getStatus());
            return object(r).getInt("itemId");
        }

        private JsonObject get(String entity, int id) {
            return object(api.get2("V1.0", entity, String.valueOf(id), null, uri("V1.0/" + entity + "/" + id)))
                    .getJsonObject("item");
        }

        @Test
        void aTicketCreatedHereIsAServiceTicketOnTheConnectWiseFace() {
            int id = itemId(api.create("V1.0", "Tickets", "{\"companyID\":250,\"contactID\":803,\"Title\":\"Printer offline\","
                    + "\"description\":\"It blinks.\",\"status\":1,\"priority\":2,\"queueID\":5,\"ticketType\":2,"
                    + "\"issueType\":1,\"subIssueType\":103,\"configurationItemID\":"
                    + configurationOf(250) + ",\"dueDateTime\":\"2030-03-21T00:00:00\",\"purchaseOrderNumber\":\"PO-1\","
                    + "\"externalID\":\"portal-req-1\",\"createdByContactID\":803}"));
            JsonObject at = get("Tickets", id);
            assertEquals("Printer offline", at.getString("title"));
            assertEquals("It blinks.", at.getString("description"));
            assertEquals(103, at.getInt("subIssueType"));
            assertEquals(-1, at.getInt("source"));
            assertEquals("portal-req-1", at.getString("externalID"));
            assertEquals(803, at.getInt("createdByContactID"));
            assertEquals("2030-03-21T00:00:00Z", at.getString("dueDateTime"));
            JsonObject cw = state.current().tickets.get(id);
            assertEquals("Printer offline", cw.getString("summary"));
            assertEquals(803, Jsons.refId(cw, "contact"));
            assertEquals("PO-1", cw.getString("poNumber"));
            assertEquals(1, state.current().ticketConfigurations.childrenOf(id).size());
        }

        private int configurationOf(int company) {
            return state.current().configurations.all().stream().filter(c -> Jsons.refId(c, "company") == company)
                    .findFirst().orElseThrow().getInt("id");
        }

        @Test
        void ticketCreatesCheckRequiredFieldsAndPicklists() {
            AtException missing = assertThrows(AtException.class, () -> api.create("V1.0", "Tickets",
                    "{\"companyID\":250,\"status\":1,\"priority\":2}"));
            assertEquals(500, missing.status());
            assertEquals(List.of("Missing Required Field: title"), missing.errors());
            AtException child = assertThrows(AtException.class, () -> api.create("V1.0", "Tickets",
                    "{\"companyID\":250,\"title\":\"x\",\"status\":1,\"priority\":2,\"issueType\":1,\"subIssueType\":201}"));
            assertEquals("Value does not exist for child picklist: subIssueType", child.errors().get(0));
            AtException contact = assertThrows(AtException.class, () -> api.create("V1.0", "Tickets",
                    "{\"companyID\":250,\"title\":\"x\",\"status\":1,\"priority\":2,\"contactID\":820}"));
            assertTrue(contact.errors().get(0).startsWith("contactID"), contact.errors().toString());
            AtException external = assertThrows(AtException.class, () -> api.create("V1.0", "Tickets",
                    "{\"companyID\":250,\"title\":\"x\",\"status\":1,\"priority\":2,\"externalID\":\"" + "x".repeat(51) + "\"}"));
            assertTrue(external.errors().get(0).contains("externalID"));
            AtException longTitle = assertThrows(AtException.class, () -> api.create("V1.0", "Tickets",
                    "{\"companyID\":250,\"title\":\"" + "t".repeat(101) + "\",\"status\":1,\"priority\":2}"));
            assertTrue(longTitle.errors().get(0).startsWith("title"), longTitle.errors().toString());
            assertEquals(405, assertThrows(AtException.class, () -> api.create("V1.0", "Companies",
                    "{\"companyName\":\"x\"}")).status());
        }

        @Test
        void patchChangesTheSharedRecord() {
            int ticket = itemId(api.create("V1.0", "Tickets", "{\"companyID\":251,\"title\":\"VPN\",\"status\":1,\"priority\":3}"));
            assertEquals(ticket, itemId(api.patch("V1.0", "tickets", "{\"id\":" + ticket + ",\"status\":5,\"priority\":4}")));
            assertEquals(5, get("Tickets", ticket).getInt("status"));
            JsonObject cw = state.current().tickets.get(ticket);
            assertEquals("Closed", Jsons.string(cw.getJsonObject("status"), "name"));
            assertTrue(cw.getBoolean("closedFlag"));
            assertNotNull(get("Tickets", ticket).getString("completedDate"));
        }

        @Test
        void notesAreCreatedThroughTheTicketAndSeenByBothFaces() {
            assertEquals(404, assertThrows(AtException.class, () -> api.create("V1.0", "TicketNotes", "{}")).status(),
                    "child entities are created through the parent path only");
            int note = itemId(api.post3("V1.0", "Tickets", "10001", "Notes", null, "{\"ticketID\":10001,\"title\":"
                    + "\"Reply from portal\",\"description\":\"Thanks!\",\"noteType\":18,\"publish\":1,"
                    + "\"createdByContactID\":" + contactOfTicket(10001) + "}", uri("V1.0/Tickets/10001/Notes")));
            JsonObject at = get("TicketNotes", note);
            assertEquals("Reply from portal", at.getString("title"));
            assertEquals(1, at.getInt("publish"));
            assertEquals(18, at.getInt("noteType"));
            JsonObject cw = state.current().serviceNotes.get(note);
            assertEquals("Thanks!", cw.getString("text"));
            assertTrue(cw.getBoolean("detailDescriptionFlag"));
            AtException noTitle = assertThrows(AtException.class, () -> api.post3("V1.0", "Tickets", "10001", "Notes",
                    null, "{\"description\":\"x\",\"noteType\":18,\"publish\":1}", uri("V1.0/Tickets/10001/Notes")));
            assertEquals(List.of("Missing Required Field: title"), noTitle.errors());
        }

        private int contactOfTicket(int id) {
            return state.current().contacts.all().stream()
                    .filter(c -> Jsons.refId(c, "company").equals(Jsons.refId(state.current().tickets.get(id), "company")))
                    .findFirst().orElseThrow().getInt("id");
        }

        @Test
        void attachmentsRoundTripAsBase64() {
            String data = Base64.getEncoder().encodeToString("hello".getBytes(StandardCharsets.UTF_8));
            int id = itemId(api.post3("V1.0", "Tickets", "10001", "Attachments", null, "{\"id\":0,"
                    + "\"attachmentType\":\"FILE_ATTACHMENT\",\"fullPath\":\"note.txt\",\"title\":\"A note\","
                    + "\"publish\":1,\"data\":\"" + data + "\"}", uri("V1.0/Tickets/10001/Attachments")));
            JsonObject at = get("TicketAttachments", id);
            assertEquals(data, at.getString("data"));
            assertEquals(10001, at.getInt("parentID"));
            assertEquals("text/plain", at.getString("contentType"));
            assertEquals(1, count(api, "TicketAttachments", "{\"filter\":[{\"op\":\"eq\",\"field\":\"parentID\","
                    + "\"value\":10001},{\"op\":\"eq\",\"field\":\"fullPath\",\"value\":\"note.txt\"}]}"));
            assertEquals("Ticket", state.current().documentLinks.get(id).recordType(), "a ConnectWise document too");
            assertEquals(404, assertThrows(AtException.class, () -> api.get3("V1.0", "Tickets", "10001", "Attachments",
                    null, null, uri("V1.0/Tickets/10001/Attachments"))).status());
        }

        @Test
        void contactsAreCreatedThroughTheCompany() {
            int id = itemId(api.post3("V1.0", "Companies", "251", "Contacts", null, "{\"firstName\":\"Nia\","
                    + "\"lastName\":\"New\",\"emailAddress\":\"nia.new@fabrikam.example\",\"isActive\":1}",
                    uri("V1.0/Companies/251/Contacts")));
            JsonObject at = get("Contacts", id);
            assertEquals("nia.new@fabrikam.example", at.getString("emailAddress"));
            assertEquals(251, at.getInt("companyID"));
            assertEquals(1, at.getInt("isActive"));
            assertEquals(404, assertThrows(AtException.class, () -> api.create("V1.0", "Contacts",
                    "{\"firstName\":\"x\",\"lastName\":\"y\",\"companyID\":251}")).status());
        }

        @Test
        void contactsAreUpdatedThroughTheCompany() {
            int id = itemId(api.patchChild("V1.0", "Companies", "250", "Contacts", "{\"id\":803,\"Phone\":\"+1 206 555 9999\","
                    + "\"mobilePhone\":\"+1 206 555 7777\",\"title\":\"Warehouse Lead\"}"));
            JsonObject at = get("Contacts", id);
            assertEquals("+1 206 555 9999", at.getString("phone"));
            assertEquals("Warehouse Lead", at.getString("title"));
            assertEquals("olly.own@contoso.example", at.getString("emailAddress"));
            JsonObject cw = state.current().contacts.get(803);
            assertEquals("Warehouse Lead", cw.getString("title"));
            assertTrue(cw.getJsonArray("communicationItems").toString().contains("+1 206 555 7777"));
            assertEquals(500, assertThrows(AtException.class, () -> api.patchChild("V1.0", "Companies", "251",
                    "Contacts", "{\"id\":803,\"title\":\"x\"}")).status(), "not a contact of that company");
        }

        @Test
        void changeRequestApprovalsMoveTheTicket() {
            JsonObject change = state.current().tickets.all().stream()
                    .filter(t -> Jsons.refId(t, "type") == 3 && Jsons.refId(t, "status") == 5).findFirst().orElseThrow();
            int ticket = change.getInt("id");
            assertEquals(3, get("Tickets", ticket).getInt("changeApprovalStatus"));
            int contact = Jsons.refId(change, "contact") != null ? Jsons.refId(change, "contact") : contactOfTicket(ticket);
            int id = itemId(api.post3("V1.0", "Tickets", String.valueOf(ticket), "ChangeRequestApprovals", null,
                    "{\"ticketID\":" + ticket + ",\"contactID\":" + contact + ",\"isApproved\":true,"
                            + "\"approveRejectNote\":\"Approved via portal\"}",
                    uri("V1.0/Tickets/" + ticket + "/ChangeRequestApprovals")));
            assertTrue(get("TicketChangeRequestApprovals", id).getBoolean("isApproved"));
            assertEquals(5, get("Tickets", ticket).getInt("changeApprovalStatus"));
            assertEquals("Customer Approved", Jsons.string(state.current().tickets.get(ticket).getJsonObject("status"),
                    "name"));
            int incident = state.current().tickets.all().stream().filter(t -> Jsons.refId(t, "type") == 1)
                    .findFirst().orElseThrow().getInt("id");
            assertThrows(AtException.class, () -> api.post3("V1.0", "Tickets", String.valueOf(incident),
                    "ChangeRequestApprovals", null, "{\"contactID\":" + contact + ",\"isApproved\":true}",
                    uri("V1.0/Tickets/" + incident + "/ChangeRequestApprovals")));
        }

        @Test
        void acceptingAQuoteClosesItsOpportunityOnBothFaces() {
            JsonObject quote = query(api, "Quotes", "{\"filter\":[{\"op\":\"exist\",\"field\":\"lastPublishedDateTime\"},"
                    + "{\"op\":\"eq\",\"field\":\"companyID\",\"value\":250}]}").getJsonArray("items").getJsonObject(0);
            int opportunity = quote.getInt("opportunityID");
            assertEquals(1, get("Opportunities", opportunity).getInt("status"));
            assertEquals(opportunity, itemId(api.patch("V1.0", "Opportunities", "{\"id\":" + opportunity + ",\"status\":3}")));
            assertEquals(3, get("Opportunities", opportunity).getInt("status"));
            assertEquals("Won", Jsons.string(state.current().opportunities.get(opportunity).getJsonObject("status"), "name"));
            assertEquals(500, assertThrows(AtException.class, () -> api.patch("V1.0", "Opportunities",
                    "{\"id\":" + opportunity + ",\"status\":9}")).status());
            int hidden = 304;
            assertFalse(get("Quotes", hidden + AtEntities.QUOTE_OFFSET).containsKey("lastPublishedDateTime"),
                    "an internal opportunity's quote is not published");
        }

        @Test
        void contactsCanBeFoundByAnyOfTheirThreeEmailAddresses() {
            for (String field : List.of("emailAddress", "emailAddress2", "emailAddress3")) {
                assertEquals(field.equals("emailAddress") ? 1 : 0, count(api, "Contacts", "{\"filter\":[{\"op\":\"eq\","
                        + "\"field\":\"" + field + "\",\"value\":\"sam.standard@contoso.example\"}]}"), field);
            }
        }

        @Test
        void portalAccessIsSwitchedThroughClientPortalUsersOnBothFaces() {
            int sam = 802 + AtEntities.PORTAL_USER_OFFSET;
            assertTrue(get("ClientPortalUsers", sam).getBoolean("isClientPortalActive"));
            assertEquals(sam, itemId(api.patch("V1.0", "ClientPortalUsers",
                    "{\"id\":" + sam + ",\"isClientPortalActive\":false,\"securityLevel\":1}")));
            JsonObject off = get("ClientPortalUsers", sam);
            assertFalse(off.getBoolean("isClientPortalActive"));
            assertEquals(1, off.getInt("securityLevel"));
            JsonObject cw = state.current().contacts.get(802);
            assertTrue(cw.getBoolean("disablePortalLoginFlag"), "the ConnectWise face sees the log-in disabled");
            assertEquals(3, cw.getInt("portalSecurityLevel"), "Basic is ConnectWise's Own Tickets Only");
            api.patch("V1.0", "ClientPortalUsers", "{\"id\":" + sam + ",\"isClientPortalActive\":true,\"securityLevel\":2}");
            assertTrue(get("ClientPortalUsers", sam).getBoolean("isClientPortalActive"));
            assertEquals(2, state.current().contacts.get(802).getInt("portalSecurityLevel"));
            assertFalse(get("ClientPortalUsers", sam).containsKey("password"), "a password is never returned");

            assertEquals(500, assertThrows(AtException.class, () -> api.patch("V1.0", "ClientPortalUsers",
                    "{\"id\":" + (805 + AtEntities.PORTAL_USER_OFFSET) + ",\"isClientPortalActive\":true}")).status(),
                    "a contact without a portal user has nothing to patch");
            assertEquals(500, assertThrows(AtException.class, () -> api.patch("V1.0", "ClientPortalUsers",
                    "{\"id\":" + sam + ",\"securityLevel\":5}")).status(), "no Taskfire level");
            assertEquals(500, assertThrows(AtException.class, () -> api.patch("V1.0", "ClientPortalUsers",
                    "{\"id\":" + sam + ",\"contactID\":801}")).status(), "contactID is immutable");
        }

        @Test
        void aPortalUserIsCreatedForAContactWithoutOne() {
            int contact = 805;
            assertEquals(0, count(api, "ClientPortalUsers", "{\"filter\":[{\"op\":\"eq\",\"field\":\"contactID\","
                    + "\"value\":" + contact + "}]}"));
            String email = state.current().contacts.get(contact).getJsonArray("communicationItems").getJsonObject(0)
                    .getString("value");
            String body = "{\"contactID\":" + contact + ",\"userName\":\"" + email + "\",\"password\":\"Xy7#random-unusable\","
                    + "\"securityLevel\":2,\"isClientPortalActive\":true,\"dateFormat\":1,\"numberFormat\":1,\"timeFormat\":1}";
            int id = itemId(api.create("V1.0", "ClientPortalUsers", body));
            assertEquals(contact + AtEntities.PORTAL_USER_OFFSET, id);
            JsonObject user = get("ClientPortalUsers", id);
            assertEquals(contact, user.getInt("contactID"));
            assertEquals(2, user.getInt("securityLevel"));
            assertTrue(user.getBoolean("isClientPortalActive"));
            assertEquals(2, state.current().contacts.get(contact).getInt("portalSecurityLevel"));
            assertEquals(500, assertThrows(AtException.class, () -> api.create("V1.0", "ClientPortalUsers", body)).status(),
                    "one portal user per contact");
            assertEquals(500, assertThrows(AtException.class, () -> api.create("V1.0", "ClientPortalUsers",
                    "{\"contactID\":806,\"userName\":\"x@contoso.example\",\"securityLevel\":1}")).status(),
                    "a password is required");
            assertEquals(500, assertThrows(AtException.class, () -> api.create("V1.0", "ClientPortalUsers",
                    "{\"contactID\":806,\"userName\":\"x@contoso.example\",\"password\":\"has space\","
                            + "\"securityLevel\":1}")).status(), "no spaces in a password");
        }

        @Test
        void aQuoteKeepsTheCustomersResponse() {
            int quote = 301 + AtEntities.QUOTE_OFFSET;
            assertFalse(get("Quotes", quote).containsKey("comment"));
            assertEquals(quote, itemId(api.patch("V1.0", "Quotes", "{\"id\":" + quote + ",\"comment\":\"Customer response: "
                    + "go ahead\",\"extApprovalResponseDate\":\"2030-01-02T03:04:05Z\",\"name\":\"ignored\"}")));
            JsonObject read = get("Quotes", quote);
            assertEquals("Customer response: go ahead", read.getString("comment"));
            assertEquals("2030-01-02T03:04:05Z", read.getString("extApprovalResponseDate"));
            assertTrue(read.getString("name").startsWith("Quote for "), "other fields are not written");
            assertEquals(500, assertThrows(AtException.class, () -> api.patch("V1.0", "Quotes",
                    "{\"id\":" + quote + ",\"extApprovalContactResponse\":\"text\"}")).status(), "an integer field");
            assertEquals(500, assertThrows(AtException.class, () -> api.patch("V1.0", "Quotes",
                    "{\"id\":999999,\"comment\":\"x\"}")).status());
        }

        @Test
        void aTicketCreatedOnTheConnectWiseFaceIsSeenHere() {
            int id = CwFace.createTicket(state, "{\"summary\":\"From ConnectWise\",\"company\":{\"id\":251}}");
            assertEquals("From ConnectWise", get("Tickets", id).getString("title"));
            assertEquals(251, get("Tickets", id).getInt("companyID"));
            int patched = itemId(api.patch("V1.0", "Tickets", "{\"id\":" + id + ",\"title\":\"Renamed in Autotask\"}"));
            assertEquals("Renamed in Autotask", CwFace.ticket(state, patched).getString("summary"));
        }
    }
}
