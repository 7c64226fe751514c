package dev.portico.sandbox.api;

import static dev.portico.sandbox.api.Fakes.array;
import static dev.portico.sandbox.api.Fakes.noHeaders;
import static dev.portico.sandbox.api.Fakes.object;
import static dev.portico.sandbox.api.Fakes.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.sandbox.SandboxState;
import dev.portico.sandbox.seed.SeedIds;
import dev.portico.sandbox.store.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TicketApiTest {

    private static final String NEW_TICKET = "{\"summary\":\"Printer offline\",\"company\":{\"id\":250},"
            + "\"contact\":{\"id\":803},\"type\":{\"id\":1},\"subType\":{\"id\":1},\"priority\":{\"id\":4},"
            + "\"initialDescription\":\"Text from the portal user\",\"poNumber\":\"PO-1234\","
            + "\"externalXRef\":\"idem-42\",\"requiredDate\":\"2026-07-01T00:00:00Z\",\"source\":{\"id\":3},"
            + "\"notAField\":\"dropped\"}";

    private final TicketResource tickets = new TicketResource();

    @BeforeEach
    void seed() {
        tickets.state = new SandboxState();
    }

    private JsonObject create(String body) {
        Response r = tickets.create(body);
        assertEquals(201, r.getStatus());
        assertEquals(Responses.JSON, r.getMediaType().toString().replace(";charset", "; charset"));
        return object(r);
    }

    private static ApiException refused(Runnable call) {
        return assertThrows(ApiException.class, call::run);
    }

    private static Set<String> errorFields(ApiException e) {
        return e.body().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(x -> x.getString("field")).collect(Collectors.toSet());
    }

    @Nested
    class Lists {

        @Test
        void listFiltersSortsPagesAndLinks() {
            Response r = tickets.list(uri("service/tickets?conditions=company%2Fid%3D251&orderBy=id%20desc&pageSize=10&page=2"),
                    noHeaders());
            assertEquals(200, r.getStatus());
            JsonArray page = array(r);
            assertEquals(10, page.size());
            page.getValuesAs(JsonObject.class).forEach(t -> assertEquals(SeedIds.FABRIKAM, Jsons.refId(t, "company")));
            assertTrue(page.getJsonObject(0).getInt("id") > page.getJsonObject(9).getInt("id"));
            String link = r.getHeaderString("Link");
            assertTrue(link.contains("page=1>; rel=\"first\"") && link.contains("page=3>; rel=\"next\""), link);
            assertTrue(link.startsWith("<" + Fakes.BASE + "service/tickets?conditions=company%2Fid%3D251"), link);
        }

        @Test
        void countMatchesTheList() {
            JsonObject count = object(tickets.count(uri("service/tickets/count?conditions=company%2Fid%3D251"), noHeaders()));
            Response all = tickets.list(uri("service/tickets?conditions=company%2Fid%3D251&pageSize=1000&fields=id"),
                    noHeaders());
            assertEquals(array(all).size(), count.getInt("count"));
            assertEquals(Set.of("count"), count.keySet());
        }

        @Test
        void badQueriesAreConnectWise400s() {
            ApiException e = refused(() -> tickets.list(uri("service/tickets?conditions=summary%3D%3D1"), noHeaders()));
            assertEquals(400, e.status());
            JsonObject body = e.body();
            assertEquals("InvalidObject", body.getString("code"));
            JsonObject error = body.getJsonArray("errors").getJsonObject(0);
            assertEquals("conditions", error.getString("field"));
            assertEquals("ticket", error.getString("resource"));
            assertEquals("InvalidSyntax", error.getString("code"));
            assertEquals("pageSize", errorFields(refused(() -> tickets.list(uri("service/tickets?pageSize=5000"),
                    noHeaders()))).iterator().next());
            assertEquals("orderBy", errorFields(refused(() -> tickets.list(uri("service/tickets?orderBy=foo"),
                    noHeaders()))).iterator().next());
        }

        @Test
        void unknownIdIs404WithErrorBody() {
            ApiException e = refused(() -> tickets.get(1));
            assertEquals(404, e.status());
            assertEquals("NotFound", e.body().getString("code"));
            Response mapped = new ApiExceptionMappers.Api().toResponse(e);
            assertEquals(404, mapped.getStatus());
            assertEquals("NotFound", object(mapped).getString("code"));
        }

        @Test
        void searchTakesLongConditionsFromTheBody() {
            StringBuilder ids = new StringBuilder();
            for (int id = 10_001; id <= 10_600; id++) {
                ids.append(ids.length() == 0 ? "" : ",").append(id);
            }
            String body = Jsons.obj().add("conditions", "id in (" + ids + ") AND company/id=250")
                    .add("orderBy", "id desc").build().toString();
            Response r = tickets.search(body, uri("service/tickets/search?pageSize=5&fields=id,company"), noHeaders());
            JsonArray page = array(r);
            assertEquals(5, page.size());
            assertTrue(page.getJsonObject(0).getInt("id") <= 10_600);
            assertNotNull(r.getHeaderString("Link"));
        }

        @Test
        void forwardOnlyPagingAnswersWithPageIdLinks() {
            Response r = tickets.list(uri("service/tickets?pageSize=3&fields=id"),
                    Fakes.headers(Map.of("pagination-type", "forward-only")));
            assertEquals("[{\"id\":10001},{\"id\":10002},{\"id\":10003}]", array(r).toString());
            assertTrue(r.getHeaderString("Link").endsWith("pageSize=3&pageId=10003>; rel=\"next\""));
        }
    }

    @Nested
    class Create {

        @Test
        void createsWithDefaultsAndTurnsTheDescriptionIntoTheFirstNote() {
            JsonObject t = create(NEW_TICKET);
            int id = t.getInt("id");
            assertEquals("New", t.getJsonObject("status").getString("name"));
            assertEquals(SeedIds.HELP_DESK_BOARD, Jsons.refId(t, "board"));
            assertEquals("Olly Own", t.getJsonObject("contact").getString("name"));
            assertEquals("olly.own@contoso.example", t.getString("contactEmailAddress"));
            assertEquals(SeedIds.CONTOSO_HEAD_OFFICE, Jsons.refId(t, "site"));
            assertEquals("Priority 4 - Low", t.getJsonObject("priority").getString("name"));
            assertFalse(t.getBoolean("closedFlag"));
            assertEquals("2026-07-01T00:00:00Z", t.getString("requiredDate"));
            assertNotNull(t.getJsonObject("_info").getString("dateEntered"));
            assertFalse(t.containsKey("initialDescription"));
            assertFalse(t.containsKey("notAField"));

            JsonArray notes = array(tickets.notes(id, uri("service/tickets/" + id + "/notes"), noHeaders()));
            assertEquals(1, notes.size());
            JsonObject first = notes.getJsonObject(0);
            assertEquals("Text from the portal user", first.getString("text"));
            assertTrue(first.getBoolean("detailDescriptionFlag"));
            assertFalse(first.getBoolean("internalAnalysisFlag"));
            assertEquals(803, Jsons.refId(first, "contact"));

            assertEquals(t, object(tickets.get(id)));
            JsonArray found = array(tickets.list(uri("service/tickets?conditions=externalXRef%3D%22idem-42%22"), noHeaders()));
            assertEquals(1, found.size());
            assertEquals(id, found.getJsonObject(0).getInt("id"));
        }

        @Test
        void idsContinueAfterTheSeed() {
            int highest = tickets.state.current().projectTickets.all().stream().mapToInt(t -> t.getInt("id")).max()
                    .orElseThrow();
            assertEquals(highest + 1, create(NEW_TICKET).getInt("id"));
        }

        @Test
        void initialInternalAnalysisBecomesAnInternalNote() {
            JsonObject t = create("{\"summary\":\"x\",\"company\":{\"id\":250},\"initialDescription\":\"d\","
                    + "\"initialInternalAnalysis\":\"secret\",\"status\":{\"name\":\"In Progress\"}}");
            assertEquals("In Progress", t.getJsonObject("status").getString("name"));
            JsonArray visible = array(tickets.notes(t.getInt("id"), uri("service/tickets/x/notes?conditions="
                    + "detailDescriptionFlag%3Dtrue%20OR%20resolutionFlag%3Dtrue"), noHeaders()));
            assertEquals(1, visible.size());
            JsonArray internal = array(tickets.notes(t.getInt("id"), uri("service/tickets/x/notes?conditions="
                    + "internalAnalysisFlag%3Dtrue"), noHeaders()));
            assertEquals("secret", internal.getJsonObject(0).getString("text"));
            assertFalse(internal.getJsonObject(0).getBoolean("detailDescriptionFlag"));
        }

        @Test
        void requiredFieldsAndScopesAreChecked() {
            ApiException missing = refused(() -> tickets.create("{\"poNumber\":\"1\"}"));
            assertEquals(400, missing.status());
            assertEquals(Set.of("summary", "company"), errorFields(missing));
            assertEquals("MissingRequiredField", missing.body().getJsonArray("errors").getJsonObject(0).getString("code"));

            assertEquals(Set.of("contact"), errorFields(refused(() -> tickets.create(
                    "{\"summary\":\"x\",\"company\":{\"id\":250},\"contact\":{\"id\":820}}"))));
            assertEquals(Set.of("site"), errorFields(refused(() -> tickets.create(
                    "{\"summary\":\"x\",\"company\":{\"id\":251},\"site\":{\"id\":1001}}"))));
            assertEquals(Set.of("subType"), errorFields(refused(() -> tickets.create(
                    "{\"summary\":\"x\",\"company\":{\"id\":250},\"type\":{\"id\":2},\"subType\":{\"id\":1}}"))));
            assertEquals(Set.of("summary"), errorFields(refused(() -> tickets.create(
                    "{\"summary\":\"" + "x".repeat(101) + "\",\"company\":{\"id\":250}}"))));
            assertEquals(Set.of("company"), errorFields(refused(() -> tickets.create(
                    "{\"summary\":\"x\",\"company\":{\"id\":9999}}"))));
            assertEquals(Set.of("severity"), errorFields(refused(() -> tickets.create(
                    "{\"summary\":\"x\",\"company\":{\"id\":250},\"severity\":\"Huge\"}"))));
            assertEquals(400, refused(() -> tickets.create("not json")).status());
            assertEquals(400, refused(() -> tickets.create("[1,2]")).status());
        }
    }

    @Nested
    class Patch {

        @Test
        void closingAndReopeningFollowTheStatus() {
            int id = create(NEW_TICKET).getInt("id");
            JsonObject closed = object(tickets.patch(id, "[{\"op\":\"replace\",\"path\":\"status\",\"value\":{\"id\":10}},"
                    + "{\"op\":\"replace\",\"path\":\"customerUpdatedFlag\",\"value\":true}]"));
            assertEquals("Closed", closed.getJsonObject("status").getString("name"));
            assertTrue(closed.getBoolean("closedFlag"));
            assertNotNull(closed.getString("closedDate"));
            assertTrue(closed.getBoolean("customerUpdatedFlag"));
            JsonObject reopened = object(tickets.patch(id, "[{\"op\":\"replace\",\"path\":\"/status/id\",\"value\":8}]"));
            assertEquals("Re-opened", reopened.getJsonObject("status").getString("name"));
            assertFalse(reopened.getBoolean("closedFlag"));
            assertFalse(reopened.containsKey("closedDate"));
            assertEquals(closed.getJsonObject("_info").getString("dateEntered"),
                    reopened.getJsonObject("_info").getString("dateEntered"));
        }

        @Test
        void addAndRemoveWork() {
            int id = create(NEW_TICKET).getInt("id");
            JsonObject t = object(tickets.patch(id, "[{\"op\":\"remove\",\"path\":\"poNumber\"},"
                    + "{\"op\":\"add\",\"path\":\"budgetHours\",\"value\":2.5}]"));
            assertFalse(t.containsKey("poNumber"));
            assertEquals("2.5", t.get("budgetHours").toString());
        }

        @Test
        void badPatchesAreRefused() {
            int id = create(NEW_TICKET).getInt("id");
            assertEquals(400, refused(() -> tickets.patch(id, "{\"op\":\"replace\"}")).status());
            assertEquals(400, refused(() -> tickets.patch(id, "[]")).status());
            assertEquals(Set.of("nonsense"), errorFields(refused(() -> tickets.patch(id,
                    "[{\"op\":\"replace\",\"path\":\"nonsense\",\"value\":1}]"))));
            assertEquals(Set.of("id"), errorFields(refused(() -> tickets.patch(id,
                    "[{\"op\":\"replace\",\"path\":\"id\",\"value\":1}]"))));
            assertEquals(Set.of("status"), errorFields(refused(() -> tickets.patch(id,
                    "[{\"op\":\"copy\",\"path\":\"status\",\"value\":{\"id\":1}}]"))));
            assertEquals(Set.of("status"), errorFields(refused(() -> tickets.patch(id,
                    "[{\"op\":\"replace\",\"path\":\"status\",\"value\":{\"id\":12}}]"))));
            assertEquals(Set.of("summary"), errorFields(refused(() -> tickets.patch(id,
                    "[{\"op\":\"remove\",\"path\":\"summary\"}]"))));
            assertEquals(Set.of("initialDescription"), errorFields(refused(() -> tickets.patch(id,
                    "[{\"op\":\"replace\",\"path\":\"initialDescription\",\"value\":\"x\"}]"))));
            assertEquals(404, refused(() -> tickets.patch(1, "[{\"op\":\"remove\",\"path\":\"poNumber\"}]")).status());
        }
    }

    @Nested
    class NotesAndConfigurations {

        @Test
        void notesNeedAFlagAndUpdateTheTicket() {
            int id = create(NEW_TICKET).getInt("id");
            assertEquals(Set.of("detailDescriptionFlag"), errorFields(refused(() -> tickets.addNote(id,
                    "{\"text\":\"hi\"}"))));
            assertEquals(Set.of("text"), errorFields(refused(() -> tickets.addNote(id,
                    "{\"detailDescriptionFlag\":true}"))));
            Response r = tickets.addNote(id, "{\"text\":\"Reply\",\"detailDescriptionFlag\":true,"
                    + "\"contact\":{\"id\":803},\"customerUpdatedFlag\":true}");
            assertEquals(201, r.getStatus());
            JsonObject note = object(r);
            assertEquals(id, note.getInt("ticketId"));
            assertTrue(object(tickets.get(id)).getBoolean("customerUpdatedFlag"));
            assertEquals(2, object(tickets.countNotes(id, uri("x"), noHeaders())).getInt("count"));
            assertEquals(note, object(tickets.note(id, note.getInt("id"))));
            assertEquals(404, refused(() -> tickets.note(10_001, note.getInt("id"))).status());
            assertEquals(404, refused(() -> tickets.addNote(1, "{\"text\":\"x\",\"detailDescriptionFlag\":true}")).status());
        }

        @Test
        void seededTicketsHaveInternalNotesTheFilterCanDrop() {
            var d = tickets.state.current();
            int ticketWithInternal = d.serviceNotes.all().stream().filter(n -> n.getBoolean("internalAnalysisFlag"))
                    .findFirst().orElseThrow().getInt("ticketId");
            JsonArray all = array(tickets.notes(ticketWithInternal, uri("x"), noHeaders()));
            JsonArray visible = array(tickets.notes(ticketWithInternal, uri("x?conditions=detailDescriptionFlag%3Dtrue"
                    + "%20OR%20resolutionFlag%3Dtrue&orderBy=id%20asc"), noHeaders()));
            assertTrue(visible.size() < all.size());
            visible.getValuesAs(JsonObject.class).forEach(n -> assertFalse(n.getBoolean("internalAnalysisFlag")));
        }

        @Test
        void configurationsAreLinkedOnceAndFilterable() {
            int id = create(NEW_TICKET).getInt("id");
            Response linked = tickets.addConfiguration(id, "{\"id\":505}");
            assertEquals(201, linked.getStatus());
            assertEquals(505, object(linked).getInt("id"));
            assertEquals(409, refused(() -> tickets.addConfiguration(id, "{\"id\":505}")).status());
            assertEquals(400, refused(() -> tickets.addConfiguration(id, "{\"id\":99999}")).status());
            assertEquals(1, array(tickets.configurations(id, uri("x"), noHeaders())).size());
            JsonArray withIt = array(tickets.list(uri("service/tickets?childConditions=configurations%2Fid%3D505"
                    + "&pageSize=1000&fields=id"), noHeaders()));
            assertTrue(withIt.getValuesAs(JsonObject.class).stream().anyMatch(t -> t.getInt("id") == id));
            assertNull(withIt.getValuesAs(JsonObject.class).stream()
                    .filter(t -> !tickets.state.current().ticketConfigurations.childrenOf(t.getInt("id")).stream()
                            .anyMatch(l -> l.getInt("configurationId") == 505)).findAny().orElse(null));
        }
    }
}
