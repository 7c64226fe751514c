package dev.portico.sandbox.api;

import static dev.portico.sandbox.api.Fakes.array;
import static dev.portico.sandbox.api.Fakes.noHeaders;
import static dev.portico.sandbox.api.Fakes.object;
import static dev.portico.sandbox.api.Fakes.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.sandbox.SandboxState;
import dev.portico.sandbox.faults.ApiStats;
import dev.portico.sandbox.store.RecordCollection;
import dev.portico.sandbox.store.SandboxData;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the sandbox against the published ConnectWise facts in {@code ../shared/psa-api/connectwise}: every
 * endpoint it serves exists in the 2026 endpoint index, and every record it stores or answers uses only field
 * names of its schema type (nested references included). Without the facts the test fails, unless
 * {@code -Dpsa.api.facts.skip=true} skips it on purpose (never on CI).
 */
class ConnectWiseContractTest {

    private static final Pattern FIELD = Pattern.compile("^\\s+- (\\w+):(\\S+)");
    private static final Set<String> GENERIC_REFERENCE = Set.of("id", "name", "identifier", "_info");
    private static final Map<String, Map<String, String>> SCHEMAS = new HashMap<>();
    private static final Set<String> ENDPOINTS = new TreeSet<>();

    /**
     * {@code psa.api.facts}, else a {@code shared/psa-api} folder next to this folder or one of its parents (as
     * the connector's contract tests look for it); null when there is none.
     */
    private static java.nio.file.Path factsFolder() {
        java.util.List<java.nio.file.Path> candidates = new java.util.ArrayList<>();
        String configured = System.getProperty("psa.api.facts");
        if (configured != null && !configured.isBlank()) {
            candidates.add(Paths.get(configured));
        }
        for (java.nio.file.Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            candidates.add(dir.resolve("../shared/psa-api"));
            candidates.add(dir.resolve("shared/psa-api"));
        }
        return candidates.stream().map(candidate -> candidate.resolve("connectwise").normalize())
                .filter(folder -> Files.isRegularFile(folder.resolve("schemas-2025.1.md")))
                .findFirst().orElse(null);
    }

    @BeforeAll
    static void loadFacts() throws IOException {
        java.nio.file.Path dir = factsFolder();
        if (dir == null) {
            String message = "!!! ConnectWise API facts not found (-Dpsa.api.facts=" + System.getProperty("psa.api.facts")
                    + ", nor shared/psa-api next to a parent folder); the sandbox contract test cannot run !!!";
            if (!Boolean.parseBoolean(System.getProperty("psa.api.facts.skip", "false").strip())
                    || "true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + " To skip it on purpose, run with -Dpsa.api.facts.skip=true"
                        + " (not on CI).");
            }
            System.err.println(message + " (skipped on purpose: -Dpsa.api.facts.skip=true)");
            Assumptions.abort(message);
        }
        String current = null;
        for (String line : Files.readAllLines(dir.resolve("schemas-2025.1.md"))) {
            if (line.startsWith("# Enums")) {
                break;
            }
            if (line.startsWith("## ")) {
                current = line.substring(3).trim();
                SCHEMAS.putIfAbsent(current, new LinkedHashMap<>());
            } else if (current != null) {
                Matcher m = FIELD.matcher(line);
                if (m.find()) {
                    SCHEMAS.get(current).put(m.group(1), m.group(2));
                }
            }
        }
        for (String line : Files.readAllLines(dir.resolve("endpoint-index-2026.txt"))) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 2) {
                ENDPOINTS.add(parts[0] + " " + parts[1]);
            }
        }
        assertTrue(SCHEMAS.containsKey("Ticket") && ENDPOINTS.size() > 1000, "facts parsed");
    }

    /** Field-name problems of {@code value} as schema type {@code type}, e.g. {@code ticket.status.colour}. */
    private static void check(JsonValue value, String type, String path, List<String> problems) {
        String bare = type.replace("?", "");
        if (bare.startsWith("[]")) {
            if (value instanceof JsonArray array) {
                for (int i = 0; i < array.size(); i++) {
                    check(array.get(i), bare.substring(2), path + "[" + i + "]", problems);
                }
            } else {
                problems.add(path + " should be a list");
            }
            return;
        }
        if (bare.startsWith("map[")) {
            if (value instanceof JsonObject map && bare.equals("map[string]string")) {
                map.forEach((k, v) -> {
                    if (v.getValueType() != JsonValue.ValueType.STRING) {
                        problems.add(path + "." + k + " should be a string");
                    }
                });
            }
            return;
        }
        if (!(value instanceof JsonObject object)) {
            return;
        }
        Map<String, String> fields = SCHEMAS.get(bare);
        if (fields == null && !bare.endsWith("Reference")) {
            return;
        }
        for (Map.Entry<String, JsonValue> e : object.entrySet()) {
            String fieldType = fields != null ? fields.get(e.getKey())
                    : (GENERIC_REFERENCE.contains(e.getKey()) ? (e.getKey().equals("_info") ? "map[string]string" : "scalar")
                    : null);
            if (fieldType == null) {
                problems.add(path + "." + e.getKey() + " is not a field of " + bare);
            } else {
                check(e.getValue(), fieldType, path + "." + e.getKey(), problems);
            }
        }
    }

    private static void assertShape(String type, JsonValue... values) {
        List<String> problems = new ArrayList<>();
        for (JsonValue v : values) {
            check(v, type, type, problems);
        }
        assertEquals(List.of(), problems.stream().distinct().limit(20).toList(), type);
    }

    @Test
    void everyServedEndpointIsInTheConnectWiseIndex() {
        List<String> missing = new ArrayList<>();
        int served = 0;
        for (Class<?> resource : new ApiApplication().getClasses()) {
            if (resource.getAnnotation(Path.class) == null) {
                continue;
            }
            for (Method m : resource.getMethods()) {
                for (Class<? extends Annotation> verb : List.of(GET.class, POST.class, PUT.class, PATCH.class,
                        DELETE.class)) {
                    if (m.isAnnotationPresent(verb)) {
                        served++;
                        String endpoint = verb.getSimpleName() + " " + ApiResponseFilter.template(resource, m);
                        if (!ENDPOINTS.contains(endpoint)) {
                            missing.add(endpoint);
                        }
                    }
                }
            }
        }
        assertTrue(served > 80, "served endpoints: " + served);
        assertEquals(List.of(), missing);
    }

    @Test
    void everySeededRecordUsesOnlySchemaFieldNames() {
        SandboxData d = new SandboxState().current();
        Map<RecordCollection, String> types = new LinkedHashMap<>();
        types.put(d.tickets, "Ticket");
        types.put(d.projectTickets, "ProjectTicket");
        types.put(d.serviceNotes, "ServiceNote");
        types.put(d.projectTicketNotes, "TicketNote");
        types.put(d.contacts, "Contact");
        types.put(d.companies, "Company");
        types.put(d.sites, "CompanySite");
        types.put(d.portalSecurityLevels, "PortalSecurityLevel");
        types.put(d.portalSecuritySettings, "PortalSecuritySetting");
        types.put(d.communicationTypes, "CommunicationType");
        types.put(d.boards, "Board");
        types.put(d.boardStatuses, "BoardStatus");
        types.put(d.boardTypes, "BoardType");
        types.put(d.boardSubTypes, "BoardSubType");
        types.put(d.boardItems, "BoardItem");
        types.put(d.priorities, "Priority");
        types.put(d.severities, "Severity");
        types.put(d.impacts, "Impact");
        types.put(d.configurations, "CompanyConfiguration");
        types.put(d.configurationTypes, "ConfigurationType");
        types.put(d.configurationStatuses, "ConfigurationStatus");
        types.put(d.documents, "DocumentInfo");
        types.put(d.opportunities, "Opportunity");
        types.put(d.opportunityStatuses, "OpportunityStatus");
        types.put(d.opportunityNotes, "OpportunityNote");
        types.put(d.forecastItems, "ForecastItem");
        types.put(d.projects, "Project");
        types.put(d.projectPhases, "ProjectPhase");
        types.put(d.agreements, "Agreement");
        types.put(d.invoices, "Invoice");
        types.forEach((collection, type) -> {
            assertTrue(collection.size() > 0, type);
            assertShape(type, collection.all().toArray(JsonValue[]::new));
        });
        Set<String> article = Set.of("id", "title", "issue", "resolution", "categoryId", "subCategoryId", "dateCreated",
                "boardId", "locationId", "businessUnitId", "_info");
        d.knowledgeBaseArticles.all().forEach(a -> assertTrue(article.containsAll(a.keySet()), a.keySet().toString()));
    }

    @Test
    void answersOfTheWriteAndCompositeEndpointsUseOnlySchemaFieldNames() throws IOException {
        SandboxState state = new SandboxState();
        TicketResource tickets = new TicketResource();
        tickets.state = state;
        ContactResource contacts = new ContactResource();
        contacts.state = state;
        contacts.stats = new ApiStats();
        OpportunityResource opportunities = new OpportunityResource();
        opportunities.state = state;
        ProjectResource projects = new ProjectResource();
        projects.state = state;
        DocumentResource documents = new DocumentResource();
        documents.state = state;

        JsonObject ticket = object(tickets.create("{\"summary\":\"Contract\",\"company\":{\"id\":250},\"contact\":"
                + "{\"id\":801},\"initialDescription\":\"d\",\"externalXRef\":\"x-1\"}"));
        int id = ticket.getInt("id");
        assertShape("Ticket", ticket, object(tickets.patch(id, "[{\"op\":\"replace\",\"path\":\"status\","
                + "\"value\":{\"id\":10}}]")));
        assertShape("ServiceNote", object(tickets.addNote(id, "{\"text\":\"t\",\"internalAnalysisFlag\":true}")));
        assertShape("ConfigurationReference", object(tickets.addConfiguration(id, "{\"id\":501}")),
                array(tickets.configurations(id, uri("x"), noHeaders())));
        assertShape("Count", object(tickets.count(uri("x"), noHeaders())));
        assertShape("ErrorResponseMessage", new ApiExceptionMappers.Api().toResponse(
                ApiException.invalid("ticket", "InvalidField", "summary", "m")).getEntity() instanceof String s
                ? Fakes.json(s) : JsonValue.NULL);
        assertShape("ValidationError", ApiException.invalid("ticket", "InvalidField", "summary", "m").body()
                .getJsonArray("errors").getJsonObject(0));

        JsonObject contact = object(contacts.create("{\"firstName\":\"C\",\"company\":{\"id\":250},\"portalPassword\":"
                + "\"p\",\"communicationItems\":[{\"type\":{\"id\":1},\"value\":\"c@contoso.example\"}]}"));
        assertShape("Contact", contact);
        assertShape("ContactCommunication", object(contacts.addCommunication(contact.getInt("id"),
                "{\"type\":{\"id\":2},\"value\":\"+1\"}")), array(contacts.communications(contact.getInt("id"), uri("x"),
                noHeaders())));
        assertShape("ValidatePortalResponse", object(contacts.validate("{\"email\":\"c@contoso.example\","
                + "\"password\":\"p\"}")));
        assertShape("PortalSecurity", array(contacts.portalSecurity(801)));

        assertShape("Opportunity", object(opportunities.patch(302, "[{\"op\":\"replace\",\"path\":\"status\","
                + "\"value\":{\"id\":5}}]")));
        assertShape("Forecast", object(opportunities.forecast(302)));
        assertShape("OpportunityNote", object(opportunities.addNote(302, "{\"text\":\"n\"}")));
        assertShape("ProjectWorkplan", object(projects.workplan(71)));
        assertShape("TicketNote", object(projects.addNote(array(projects.tickets(uri("x"), noHeaders()))
                .getJsonObject(0).getInt("id"), "{\"text\":\"n\",\"resolutionFlag\":true}")));
        assertShape("DocumentInfo", object(documents.upload("multipart/form-data; boundary=b",
                new ByteArrayInputStream(("--b\r\nContent-Disposition: form-data; name=\"recordType\"\r\n\r\nTicket\r\n"
                        + "--b\r\nContent-Disposition: form-data; name=\"recordId\"\r\n\r\n" + id + "\r\n"
                        + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.txt\"\r\n\r\nabc\r\n--b--\r\n")
                        .getBytes()))));
    }
}
