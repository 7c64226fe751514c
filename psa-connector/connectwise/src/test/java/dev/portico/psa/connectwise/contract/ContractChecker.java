package dev.portico.psa.connectwise.contract;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks requests to (or answers from) a ConnectWise-shaped API against {@link ConnectWiseApiFacts}:
 * method + path template exist, query parameters are ConnectWise's, auth and version headers are
 * present, and JSON bodies use only field names the schema lists, recursively into referenced schemas.
 */
public final class ContractChecker {

    /** Which schema the JSON body of a request is, by METHOD + template. */
    private static final Map<String, String> REQUEST_BODIES = Map.ofEntries(
            Map.entry("POST /company/contacts/validatePortalCredentials", "ValidatePortalRequest"),
            Map.entry("POST /company/contacts/requestPassword", "RequestPasswordRequest"),
            Map.entry("POST /company/contacts", "Contact"),
            Map.entry("POST /company/contacts/{parentId}/communications", "ContactCommunication"),
            Map.entry("POST /service/tickets", "Ticket"),
            Map.entry("POST /service/tickets/search", "FilterValues"),
            Map.entry("POST /service/tickets/{parentId}/notes", "ServiceNote"),
            Map.entry("POST /service/tickets/{parentId}/configurations", "ConfigurationReference"),
            Map.entry("POST /sales/opportunities/{parentId}/notes", "OpportunityNote"),
            Map.entry("POST /project/tickets/search", "FilterValues"));

    /** Which record a PATCH changes: its operations' paths must be fields of that schema. */
    private static final Map<String, String> PATCH_TARGETS = Map.of(
            "PATCH /company/contacts/{id}", "Contact",
            "PATCH /service/tickets/{id}", "Ticket",
            "PATCH /sales/opportunities/{id}", "Opportunity",
            "PATCH /company/configurations/{id}", "CompanyConfiguration");

    private static final Map<String, Set<String>> MULTIPART_FIELDS = Map.of(
            "POST /system/documents",
            Set.of("file", "recordType", "recordId", "title", "url", "privateFlag", "readOnlyFlay", "isAvatar"));

    private static final Set<String> LIST_PARAMETERS = Set.of(
            "conditions", "childConditions", "customFieldConditions", "orderBy", "fields", "page", "pageSize", "pageId");
    private static final Map<String, Set<String>> EXTRA_PARAMETERS = Map.of(
            "GET /system/documents", Set.of("recordType", "recordId"),
            "GET /system/documents/count", Set.of("recordType", "recordId"),
            "GET /system/documents/{id}/download", Set.of("lastModified"));

    private static final Pattern VERSIONED_JSON =
            Pattern.compile("application/vnd\\.connectwise\\.com\\+json; ?version=\\d{4}\\.\\d+");
    private static final Pattern PART_NAME = Pattern.compile("Content-Disposition: form-data; name=\"([^\"]+)\"");

    private final ConnectWiseApiFacts facts;

    public ContractChecker(ConnectWiseApiFacts facts) {
        this.facts = facts;
    }

    /** Every way {@code request} departs from the published API; empty when it conforms. */
    public List<String> check(CapturedRequest request) {
        List<String> problems = new ArrayList<>();
        Optional<String> template = facts.template(request.method(), request.path());
        if (template.isEmpty()) {
            problems.add(request.method() + " " + request.path() + " matches no template of the endpoint index");
            return problems;
        }
        String key = request.method().toUpperCase() + " " + template.get();
        checkHeaders(request, key, problems);
        checkQuery(request, key, problems);
        checkBody(request, key, problems);
        return problems;
    }

    /** Field names in {@code body} that {@code schema} does not list, recursively; for answers too. */
    public List<String> checkBody(String schema, JsonValue body) {
        List<String> problems = new ArrayList<>();
        walk(schema, body, schema, problems);
        return problems;
    }

    private void checkHeaders(CapturedRequest request, String key, List<String> problems) {
        String auth = request.header("Authorization");
        if (auth == null || !auth.startsWith("Basic ")) {
            problems.add(key + ": no Basic Authorization header");
        }
        String clientId = request.header("clientId");
        if (clientId == null || clientId.isBlank()) {
            problems.add(key + ": no clientId header");
        }
        String accept = request.header("Accept");
        boolean binary = key.endsWith("/download") || key.endsWith("/pdf");
        if (!binary && (accept == null || !VERSIONED_JSON.matcher(accept).find())) {
            problems.add(key + ": Accept does not pin a ConnectWise API version: " + accept);
        }
    }

    private void checkQuery(CapturedRequest request, String key, List<String> problems) {
        Set<String> extra = EXTRA_PARAMETERS.getOrDefault(key, Set.of());
        request.query().forEach((name, values) -> {
            if (!LIST_PARAMETERS.contains(name) && !extra.contains(name)) {
                problems.add(key + ": query parameter '" + name + "' is not a ConnectWise parameter");
            }
            if ("pageSize".equals(name)) {
                for (String value : values) {
                    if (!value.matches("\\d+") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > 1000) {
                        problems.add(key + ": pageSize " + value + " outside 1..1000");
                    }
                }
            }
        });
    }

    private void checkBody(CapturedRequest request, String key, List<String> problems) {
        String body = request.body() == null ? "" : request.body();
        String contentType = String.valueOf(request.header("Content-Type"));
        if (MULTIPART_FIELDS.containsKey(key)) {
            if (!contentType.startsWith("multipart/form-data")) {
                problems.add(key + ": must be multipart/form-data (ConnectWise answers 415 otherwise)");
            }
            Matcher names = PART_NAME.matcher(body);
            while (names.find()) {
                if (!MULTIPART_FIELDS.get(key).contains(names.group(1))) {
                    problems.add(key + ": multipart field '" + names.group(1) + "' is not listed");
                }
            }
            return;
        }
        if (body.isBlank()) {
            return;
        }
        JsonValue json;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            json = reader.readValue();
        } catch (RuntimeException notJson) {
            problems.add(key + ": body is not JSON");
            return;
        }
        if (PATCH_TARGETS.containsKey(key)) {
            checkPatch(PATCH_TARGETS.get(key), json, key, problems);
        } else if (REQUEST_BODIES.containsKey(key)) {
            walk(REQUEST_BODIES.get(key), json, key, problems);
        } else {
            problems.add(key + ": sends a JSON body but no schema is known for it; add it to ContractChecker");
        }
    }

    private void checkPatch(String target, JsonValue json, String key, List<String> problems) {
        if (json.getValueType() != JsonValue.ValueType.ARRAY) {
            problems.add(key + ": PATCH body must be an array of PatchOperation");
            return;
        }
        for (JsonValue item : json.asJsonArray()) {
            walk("PatchOperation", item, key, problems);
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                continue;
            }
            JsonObject op = item.asJsonObject();
            String path = op.containsKey("path") ? op.getString("path", "") : "";
            String field = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
            if (!facts.fields(target).contains(field)) {
                problems.add(key + ": PATCH path '" + path + "' is not a field of " + target);
            } else if (op.containsKey("value")) {
                facts.fieldType(target, field).map(ContractChecker::elementSchema)
                        .filter(facts::hasSchema)
                        .ifPresent(schema -> walk(schema, op.get("value"), key + " " + field, problems));
            }
        }
    }

    private void walk(String schema, JsonValue value, String where, List<String> problems) {
        if (!facts.hasSchema(schema)) {
            return;
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            value.asJsonArray().forEach(item -> walk(schema, item, where, problems));
            return;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            return;
        }
        Set<String> fields = facts.fields(schema);
        value.asJsonObject().forEach((name, child) -> {
            if (!fields.contains(name)) {
                problems.add(where + ": field '" + name + "' is not listed for " + schema);
            } else if (child.getValueType() == JsonValue.ValueType.OBJECT
                    || child.getValueType() == JsonValue.ValueType.ARRAY) {
                facts.fieldType(schema, name).map(ContractChecker::elementSchema)
                        .filter(facts::hasSchema)
                        .ifPresent(childSchema -> walk(childSchema, child, where + " " + name, problems));
            }
        });
    }

    /** {@code []X} and {@code ?X} to {@code X}. */
    static String elementSchema(String type) {
        String t = type;
        while (t.startsWith("[]") || t.startsWith("?")) {
            t = t.startsWith("[]") ? t.substring(2) : t.substring(1);
        }
        return t;
    }
}
