package dev.portico.sandbox.autotask;

import static dev.portico.sandbox.autotask.AtFakes.object;
import static dev.portico.sandbox.autotask.AtFakes.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.portico.sandbox.SandboxState;
import dev.portico.sandbox.store.Jsons;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates the Autotask face against the published Swagger document: every request the test sends (path,
 * method, required headers, body) and every answer (status and body schema) with the Atlassian request
 * validator, and every field an entity view can produce against the entity's model. The document is parsed once.
 * <p>
 * Deliberate leniencies, each where the document does not describe what Autotask answers:
 * <ul>
 * <li>{@code pageDetails.prevPageUrl}/{@code nextPageUrl} are {@code null} on the first and last page, although the
 * document does not declare them nullable;</li>
 * <li>{@code itemId}, {@code isSupportedWebhookField} and a filter's {@code value} are declared as a bare
 * {@code object} (a .NET {@code object}: any JSON value); they are a number, a boolean and a number, string,
 * boolean or array;</li>
 * <li>the cursor path {@code /{Entity}/query/next} is not in the document, so its pages are validated as answers of
 * {@code /{Entity}/query};</li>
 * <li>{@code TicketAttachments/query} and {@code TicketAttachments/{id}} are declared to answer a bare
 * {@code TicketAttachmentModel}; the sandbox answers {@code {items, pageDetails}} and {@code {item}} like every
 * other entity, and each attachment in them is validated as that model.</li>
 * </ul>
 */
class AutotaskContractTest {

    private static final Set<String> NULLABLE = Set.of("/pageDetails/prevPageUrl", "/pageDetails/nextPageUrl");

    private static AutotaskApiDocument doc;
    private static SandboxState state;
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void load() {
        doc = AutotaskApiDocument.require();
        state = new SandboxState();
        state.current();
    }

    private static AutotaskResource api() {
        return AutotaskApiTest.resource(state);
    }

    /** Sends one exchange: validates the request, runs it, validates the answer; returns the answer's body. */
    private JsonObject exchange(Request.Method method, String path, Map<String, String> query, String body,
                                Supplier<Response> call) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, "/ATServicesRest/" + path)
                .withHeader("ApiIntegrationCode", AutotaskSettings.DEFAULT_INTEGRATION_CODE)
                .withHeader("UserName", AutotaskSettings.DEFAULT_USER_NAME)
                .withHeader("Secret", AutotaskSettings.DEFAULT_SECRET)
                .withAccept("application/json");
        query.forEach(request::withQueryParam);
        if (body != null) {
            request.withContentType("application/json").withBody(body);
        }
        Response r = call.get();
        String entity = (String) r.getEntity();
        List<String> bodies = List.of(entity);
        if (path.matches("V1\\.0/TicketAttachments/(query|\\d+)") && r.getStatus() == 200) {
            JsonObject answer = object(r);
            bodies = answer.containsKey("item") ? List.of(answer.get("item").toString())
                    : answer.getJsonArray("items").stream().map(Object::toString).toList();
        }
        SimpleRequest built = request.build();
        for (String validated : bodies) {
            SimpleResponse response = SimpleResponse.Builder.status(r.getStatus())
                    .withContentType("application/json").withBody(validated).build();
            check(method, path, doc.validator.validate(built, response));
        }
        if (bodies.isEmpty()) {
            check(method, path, doc.validator.validateRequest(built));
        }
        return object(r);
    }

    private void check(Request.Method method, String path, ValidationReport report) {
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            String pointer = m.getContext().flatMap(ValidationReport.MessageContext::getPointers)
                    .map(ValidationReport.MessageContext.Pointers::getInstance).orElse("");
            String schema = m.getContext().flatMap(ValidationReport.MessageContext::getPointers)
                    .map(ValidationReport.MessageContext.Pointers::getSchema).orElse("");
            if (NULLABLE.contains(pointer) && m.getMessage().contains("null")) {
                continue;
            }
            if (m.getKey().endsWith("schema.type") && (schema.endsWith("/Object")
                    || schema.endsWith("/Filter/properties/value") || pointer.endsWith("/itemId")
                    || pointer.endsWith("/isSupportedWebhookField"))) {
                continue;
            }
            problems.add(method + " " + path + ": " + m.getKey() + " " + pointer + " (" + schema + ") "
                    + m.getMessage());
        }
    }

    private void assertNoProblems() {
        assertTrue(problems.isEmpty(), problems.size() + " contract problems:\n" + String.join("\n", problems));
    }

    @Test
    void everyEntityViewUsesOnlyFieldsOfItsModel() {
        for (AtEntity e : AtEntities.all()) {
            Schema<?> model = doc.api.getComponents().getSchemas().get(e.label() + "Model");
            assertNotNull(model, e.label() + "Model");
            for (String field : e.fields()) {
                if (!model.getProperties().containsKey(field)) {
                    problems.add(e.name() + "." + field + " is not a property of " + e.label() + "Model");
                }
            }
        }
        assertNoProblems();
    }

    @Test
    void readsOfEveryEntityMatchTheDocument() {
        AutotaskResource api = api();
        for (AtEntity e : AtEntities.all()) {
            String name = e.name();
            String body = "{\"maxRecords\":3,\"filter\":[{\"op\":\"exist\",\"field\":\"id\"}]}";
            JsonObject page = exchange(Request.Method.POST, "V1.0/" + name + "/query", Map.of(), body,
                    () -> api.post2("V1.0", name, "query", body, uri("V1.0/" + name + "/query")));
            exchange(Request.Method.GET, "V1.0/" + name + "/query", Map.of("search", body), null,
                    () -> api.get2("V1.0", name, "query", body, uri("V1.0/" + name + "/query")));
            exchange(Request.Method.POST, "V1.0/" + name + "/query/count", Map.of(), body,
                    () -> api.post3("V1.0", name, "query", "count", null, body, uri("V1.0/" + name + "/query/count")));
            exchange(Request.Method.GET, "V1.0/" + name + "/query/count", Map.of("search", body), null,
                    () -> api.get3("V1.0", name, "query", "count", body, null, uri("V1.0/" + name + "/query/count")));
            exchange(Request.Method.GET, "V1.0/" + name + "/entityInformation", Map.of(), null,
                    () -> api.get2("V1.0", name, "entityInformation", null, uri("V1.0/" + name + "/entityInformation")));
            exchange(Request.Method.GET, "V1.0/" + name + "/entityInformation/fields", Map.of(), null,
                    () -> api.get3("V1.0", name, "entityInformation", "fields", null, null,
                            uri("V1.0/" + name + "/entityInformation/fields")));
            if (!page.getJsonArray("items").isEmpty()) {
                String id = String.valueOf(page.getJsonArray("items").getJsonObject(0).getInt("id"));
                exchange(Request.Method.GET, "V1.0/" + name + "/" + id, Map.of(), null,
                        () -> api.get2("V1.0", name, id, null, uri("V1.0/" + name + "/" + id)));
            }
        }
        assertNoProblems();
    }

    @Test
    void everyPageOfACursorWalkMatchesTheDocument() {
        AutotaskResource api = api();
        String body = "{\"maxRecords\":500,\"includeFields\":[\"id\",\"ticketNumber\",\"title\",\"status\"],"
                + "\"filter\":[{\"op\":\"gte\",\"field\":\"id\",\"value\":0}]}";
        JsonObject page = exchange(Request.Method.POST, "V1.0/Tickets/query", Map.of(), body,
                () -> api.post2("V1.0", "Tickets", "query", body, uri("V1.0/Tickets/query")));
        int pages = 1;
        while (!page.isNull("pageDetails") && !page.getJsonObject("pageDetails").isNull("nextPageUrl")) {
            String next = page.getJsonObject("pageDetails").getString("nextPageUrl");
            String paging = URLDecoder.decode(URI.create(next).getRawQuery().substring(7), StandardCharsets.UTF_8);
            page = exchange(Request.Method.POST, "V1.0/Tickets/query", Map.of(), body,
                    () -> api.post3("V1.0", "Tickets", "query", "next", paging, body, uri(next)));
            pages++;
        }
        assertEquals((state.current().tickets.size() + 499) / 500, pages);
        assertNoProblems();
    }

    @Test
    void zoneThresholdAndMarkupMatchTheDocument() {
        AutotaskResource api = api();
        exchange(Request.Method.GET, "V1.0/ZoneInformation", Map.of("user", AutotaskSettings.DEFAULT_USER_NAME), null,
                () -> api.getRoot("V1.0", "ZoneInformation", AutotaskSettings.DEFAULT_USER_NAME,
                        uri("V1.0/ZoneInformation")));
        exchange(Request.Method.GET, "V1.0/ThresholdInformation", Map.of(), null,
                () -> api.getRoot("V1.0", "ThresholdInformation", null, uri("V1.0/ThresholdInformation")));
        String invoice = String.valueOf(state.current().invoices.all().iterator().next().getInt("id"));
        for (String kind : List.of("InvoiceMarkupHtml", "InvoiceMarkupXml")) {
            exchange(Request.Method.GET, "V1.0/Invoices/" + invoice + "/" + kind, Map.of(), null,
                    () -> api.get3("V1.0", "Invoices", invoice, kind, null, null,
                            uri("V1.0/Invoices/" + invoice + "/" + kind)));
        }
        exchange(Request.Method.GET, "V1.0/Tickets/10001/Notes", Map.of(), null,
                () -> api.get3("V1.0", "Tickets", "10001", "Notes", null, null, uri("V1.0/Tickets/10001/Notes")));
        exchange(Request.Method.GET, "V1.0/KnowledgeBaseArticles/1/PlainTextContent", Map.of(), null,
                () -> api.get3("V1.0", "KnowledgeBaseArticles", "1", "PlainTextContent", null, null,
                        uri("V1.0/KnowledgeBaseArticles/1/PlainTextContent")));
        exchange(Request.Method.GET, "V1.0/Companies/250/Locations", Map.of(), null,
                () -> api.get3("V1.0", "Companies", "250", "Locations", null, null, uri("V1.0/Companies/250/Locations")));
        exchange(Request.Method.GET, "V1.0/Projects/71/Tasks", Map.of(), null,
                () -> api.get3("V1.0", "Projects", "71", "Tasks", null, null, uri("V1.0/Projects/71/Tasks")));
        assertNoProblems();
    }

    @Test
    void writesMatchTheDocument() {
        SandboxState fresh = new SandboxState();
        AutotaskResource api = AutotaskApiTest.resource(fresh);
        String ticket = "{\"companyID\":250,\"contactID\":803,\"title\":\"Printer offline\",\"description\":\"It blinks.\","
                + "\"status\":1,\"priority\":2,\"queueID\":5,\"ticketType\":2,\"source\":-1,\"issueType\":1,"
                + "\"subIssueType\":103,\"dueDateTime\":\"2030-03-21T00:00:00Z\",\"purchaseOrderNumber\":\"PO-1\","
                + "\"externalID\":\"portal-req-8f3a\"}";
        int id = exchange(Request.Method.POST, "V1.0/Tickets", Map.of(), ticket,
                () -> api.create("V1.0", "Tickets", ticket)).getInt("itemId");
        String patch = "{\"id\":" + id + ",\"status\":8}";
        exchange(Request.Method.PATCH, "V1.0/Tickets", Map.of(), patch, () -> api.patch("V1.0", "Tickets", patch));
        String profile = "{\"id\":803,\"phone\":\"+1 206 555 9999\",\"title\":\"Warehouse Lead\"}";
        exchange(Request.Method.PATCH, "V1.0/Companies/250/Contacts", Map.of(), profile,
                () -> api.patchChild("V1.0", "Companies", "250", "Contacts", profile));
        String won = "{\"id\":301,\"status\":3}";
        exchange(Request.Method.PATCH, "V1.0/Opportunities", Map.of(), won, () -> api.patch("V1.0", "Opportunities", won));
        String response = "{\"id\":1301,\"comment\":\"Customer response: go ahead\","
                + "\"extApprovalResponseDate\":\"2030-01-02T03:04:05Z\"}";
        exchange(Request.Method.PATCH, "V1.0/Quotes", Map.of(), response, () -> api.patch("V1.0", "Quotes", response));
        String access = "{\"id\":9802,\"isClientPortalActive\":false,\"securityLevel\":1}";
        exchange(Request.Method.PATCH, "V1.0/ClientPortalUsers", Map.of(), access,
                () -> api.patch("V1.0", "ClientPortalUsers", access));
        String portalUser = "{\"contactID\":805,\"userName\":\"new.user@contoso.example\",\"password\":\"Xy7#unusable\","
                + "\"securityLevel\":1,\"isClientPortalActive\":true,\"dateFormat\":1,\"numberFormat\":1,\"timeFormat\":1}";
        exchange(Request.Method.POST, "V1.0/ClientPortalUsers", Map.of(), portalUser,
                () -> api.create("V1.0", "ClientPortalUsers", portalUser));
        String note = "{\"ticketID\":" + id + ",\"title\":\"Reply from portal\",\"description\":\"Plain text\","
                + "\"noteType\":18,\"publish\":1,\"createdByContactID\":803}";
        exchange(Request.Method.POST, "V1.0/Tickets/" + id + "/Notes", Map.of(), note,
                () -> api.post3("V1.0", "Tickets", String.valueOf(id), "Notes", null, note, uri("V1.0/Tickets/" + id + "/Notes")));
        String attachment = "{\"id\":0,\"attachmentType\":\"FILE_ATTACHMENT\",\"fullPath\":\"TestText.txt\","
                + "\"title\":\"Test text\",\"publish\":1,\"attachedByContactID\":803,\"data\":\""
                + Base64.getEncoder().encodeToString("Line 1\r\nLine 2\r\n".getBytes(StandardCharsets.UTF_8)) + "\"}";
        int attachmentId = exchange(Request.Method.POST, "V1.0/Tickets/" + id + "/Attachments", Map.of(), attachment,
                () -> api.post3("V1.0", "Tickets", String.valueOf(id), "Attachments", null, attachment,
                        uri("V1.0/Tickets/" + id + "/Attachments"))).getInt("itemId");
        exchange(Request.Method.GET, "V1.0/TicketAttachments/" + attachmentId, Map.of(), null,
                () -> api.get2("V1.0", "TicketAttachments", String.valueOf(attachmentId), null,
                        uri("V1.0/TicketAttachments/" + attachmentId)));
        String contact = "{\"companyID\":251,\"firstName\":\"Nia\",\"lastName\":\"New\",\"isActive\":1,"
                + "\"emailAddress\":\"nia.new@fabrikam.example\"}";
        exchange(Request.Method.POST, "V1.0/Companies/251/Contacts", Map.of(), contact,
                () -> api.post3("V1.0", "Companies", "251", "Contacts", null, contact, uri("V1.0/Companies/251/Contacts")));
        JsonObject change = fresh.current().tickets.all().stream()
                .filter(t -> Jsons.refId(t, "type") == 3 && Jsons.refId(t, "contact") != null).findFirst().orElseThrow();
        int cr = change.getInt("id");
        String approval = "{\"ticketID\":" + cr + ",\"contactID\":" + Jsons.refId(change, "contact")
                + ",\"isApproved\":false,\"approveRejectNote\":\"Not this week\"}";
        exchange(Request.Method.POST, "V1.0/Tickets/" + cr + "/ChangeRequestApprovals", Map.of(), approval,
                () -> api.post3("V1.0", "Tickets", String.valueOf(cr), "ChangeRequestApprovals", null, approval,
                        uri("V1.0/Tickets/" + cr + "/ChangeRequestApprovals")));
        assertNoProblems();
    }
}
