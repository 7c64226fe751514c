package dev.portico.psa.autotask.contract;

import static org.junit.jupiter.api.Assertions.fail;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Autotask's published API, the Swagger 2.0 document {@code autotask/openapi-v1.json} of the shared PSA facts,
 * as a request validator. Found through system property {@code psa.api.facts} (the parent pom sets it to
 * {@code <root>/../shared/psa-api}) or a {@code shared/psa-api} folder next to an ancestor directory; when it is
 * missing the calling test fails. The 3 MB document is parsed once per run.
 *
 * <p>Two adjustments, both from Autotask's own documentation:
 * <ul>
 * <li>{@code Filter.value} is declared {@code type: object}, while its description (and every sample) says it is
 * "an Integer, String, Boolean, an Array of Integers, or an Array of Strings". The validator's type message for a
 * filter value is set aside, and {@link #filterProblems} checks the value against that description instead, with
 * each {@code op} against Autotask's documented operators (a misspelt one is silently ignored by Autotask);</li>
 * <li>every model of the parsed copy (never the file) gets {@code additionalProperties: false}, so a body with a
 * field the model does not list fails (Swagger 2.0 allows extra fields by default, which would let a misspelt
 * field through).</li>
 * </ul>
 * The cursor's next page ({@code POST /V1.0/{Entity}/query/next?paging=...}, documented in the shared notes but not
 * in the Swagger document) is checked as the entity's {@code POST /query} with the same body, plus its
 * {@code paging} parameter.
 */
public final class AutotaskApiContract {

    public static final String PROPERTY = "psa.api.facts";
    static final String DOCUMENT = "openapi-v1.json";

    private static volatile OpenApiInteractionValidator validator;

    private AutotaskApiContract() {
    }

    /** The validator, or fails the calling test when the shared document cannot be found. */
    public static OpenApiInteractionValidator require() {
        OpenApiInteractionValidator known = validator;
        if (known != null) {
            return known;
        }
        synchronized (AutotaskApiContract.class) {
            if (validator == null) {
                Path document = locate().orElse(null);
                if (document == null) {
                    return fail("Autotask API document not found (" + DOCUMENT + "). Set -D" + PROPERTY
                            + "=<path to shared/psa-api> or check out ../shared next to the repository.");
                }
                validator = OpenApiInteractionValidator.createForInlineApiSpecification(adjusted(document)).build();
            }
            return validator;
        }
    }

    static Optional<Path> locate() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            candidates.add(dir.resolve("../shared/psa-api"));
            candidates.add(dir.resolve("shared/psa-api"));
        }
        for (Path candidate : candidates) {
            Path file = candidate.resolve("autotask").resolve(DOCUMENT);
            if (Files.isRegularFile(file)) {
                return Optional.of(file.normalize());
            }
        }
        return Optional.empty();
    }

    private static String adjusted(Path document) {
        try {
            ObjectMapper json = new ObjectMapper();
            JsonNode root = json.readTree(document.toFile());
            ObjectNode definitions = (ObjectNode) root.get("definitions");
            for (Iterator<Map.Entry<String, JsonNode>> it = definitions.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> model = it.next();
                if (model.getValue().has("properties")) {
                    ((ObjectNode) model.getValue()).put("additionalProperties", false);
                }
            }
            return json.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with one request ({@code path} with the {@code /ATServicesRest} prefix); empty when nothing. */
    public static List<String> problems(String method, String path, Map<String, List<String>> query,
            Map<String, List<String>> headers, String body) {
        List<String> problems = new ArrayList<>();
        String checkedPath = path;
        Map<String, List<String>> checkedQuery = query;
        if ("POST".equals(method) && path.matches("(?i).*/V1\\.0/[A-Za-z]+/query/next")) {
            checkedPath = path.substring(0, path.length() - "/next".length());
            if (!query.containsKey("paging")) {
                problems.add("a next-page request without its paging cursor");
            }
            checkedQuery = new java.util.LinkedHashMap<>(query);
            checkedQuery.remove("paging");
        }
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(method), checkedPath);
        checkedQuery.forEach(request::withQueryParam);
        headers.forEach(request::withHeader);
        if (body != null && !body.isEmpty()) {
            request.withBody(body);
        }
        ValidationReport report = require().validateRequest(request.build());
        report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !FILTER_VALUE_TYPE.matcher(m.getMessage()).find()
                        || !"validation.request.body.schema.type".equals(m.getKey()))
                .forEach(m -> problems.add(m.getKey() + ": " + m.getMessage()));
        if (checkedPath.matches("(?i).*/query(/count)?") && body != null && !body.isEmpty()) {
            problems.addAll(filterProblems(body));
        }
        return problems;
    }

    private static final java.util.regex.Pattern FILTER_VALUE_TYPE = java.util.regex.Pattern.compile(
            "^\\[Path '/filter(/\\d+|/items/\\d+)*/value'\\] Instance type \\((integer|string|boolean|array)\\) does not "
                    + "match any allowed primitive type \\(allowed: \\[\"object\"\\]\\)");

    /** Autotask's documented operators, and the groups. */
    static final java.util.Set<String> OPERATORS = java.util.Set.of("eq", "noteq", "gt", "gte", "lt", "lte",
            "beginsWith", "endsWith", "contains", "exist", "notExist", "in", "notIn", "and", "or");

    /** Each filter item: a documented op; a field; a value as documented (none for exist/notExist); groups recursively. */
    public static List<String> filterProblems(String body) {
        List<String> problems = new ArrayList<>();
        try {
            JsonNode filter = new ObjectMapper().readTree(body).get("filter");
            if (filter == null || !filter.isArray() || filter.isEmpty()) {
                problems.add("a query without a filter");
            } else {
                filter.forEach(item -> checkItem(item, problems));
            }
        } catch (IOException e) {
            problems.add("query body is not JSON: " + e.getMessage());
        }
        return problems;
    }

    private static void checkItem(JsonNode item, List<String> problems) {
        String op = item.path("op").asText("");
        if (!OPERATORS.contains(op)) {
            problems.add("undocumented filter op '" + op + "'");
            return;
        }
        if ("and".equals(op) || "or".equals(op)) {
            if (!item.path("items").isArray() || item.path("items").isEmpty()) {
                problems.add(op + " group without items");
            } else {
                item.path("items").forEach(inner -> checkItem(inner, problems));
            }
            return;
        }
        if (!item.path("field").isTextual() || item.path("field").asText().isBlank()) {
            problems.add(op + " without a field");
        }
        JsonNode value = item.get("value");
        if ("exist".equals(op) || "notExist".equals(op)) {
            if (value != null) {
                problems.add(op + " takes no value");
            }
        } else if ("in".equals(op) || "notIn".equals(op)) {
            boolean ints = value != null && value.isArray() && !value.isEmpty();
            boolean strings = ints;
            if (value != null && value.isArray()) {
                for (JsonNode v : value) {
                    ints &= v.isIntegralNumber();
                    strings &= v.isTextual();
                }
            }
            if (!ints && !strings) {
                problems.add(op + " on " + item.path("field").asText() + " needs an array of integers or of strings");
            }
        } else if (value == null || !(value.isIntegralNumber() || value.isTextual() || value.isBoolean())) {
            problems.add(op + " on " + item.path("field").asText() + " needs an integer, string or boolean value");
        }
    }
}
