package dev.portico.e2e.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Direct access to the PSA sandbox of a {@link DemoServer}, bypassing the connector: its ConnectWise-shaped
 * API with the demo credentials (an independent oracle for connector tests) and its test-only admin API
 * (fault knobs, call statistics, seed info). Every call fails the test on an unexpected status.
 */
public final class PsaSandbox {

    public static final String COMPANY_ID = DemoConfig.connectWise("psa.connectwise.company-id");
    public static final String PUBLIC_KEY = DemoConfig.connectWise("psa.connectwise.public-key");
    public static final String PRIVATE_KEY = DemoConfig.connectWise("psa.connectwise.private-key");
    public static final String CLIENT_ID = DemoConfig.connectWise("psa.connectwise.client-id");
    public static final String ACCEPT = "application/vnd.connectwise.com+json; version=2025.8";

    private static final String AUTHORIZATION = "Basic " + Base64.getEncoder().encodeToString(
            (COMPANY_ID + "+" + PUBLIC_KEY + ":" + PRIVATE_KEY).getBytes(StandardCharsets.UTF_8));

    private final DemoServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public PsaSandbox(DemoServer server) {
        this.server = server;
    }

    /** {@code GET} below {@code apis/3.0} ({@code pathAndQuery} already encoded); the JSON answer. */
    public JsonValue get(String pathAndQuery) {
        return json(send(api(pathAndQuery).GET(), 200));
    }

    /** The raw answer of an API call, whatever its status, for tests that judge the status themselves. */
    public HttpResponse<String> call(String method, String pathAndQuery, String jsonBody) {
        HttpRequest.BodyPublisher body = jsonBody == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody);
        HttpRequest.Builder request = api(pathAndQuery).method(method, body);
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request, -1);
    }

    /** {@code GET <path>/count?conditions=...}. */
    public long count(String path, String conditions) {
        return get(path + "/count?conditions=" + encode(conditions)).asJsonObject().getJsonNumber("count").longValue();
    }

    /** {@code GET <path>?conditions=...&fields=...&pageSize=...} as an array. */
    public JsonArray list(String path, String conditions, String fields, int pageSize) {
        StringBuilder query = new StringBuilder(path).append("?pageSize=").append(pageSize);
        if (conditions != null) {
            query.append("&conditions=").append(encode(conditions));
        }
        if (fields != null) {
            query.append("&fields=").append(encode(fields));
        }
        return get(query.toString()).asJsonArray();
    }

    /** {@code PATCH} with ConnectWise patch operations (a JSON array). */
    public JsonObject patch(String path, String operations) {
        return json(send(api(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(operations)), 200)).asJsonObject();
    }

    /** {@code POST} a JSON record; the created record (201). */
    public JsonObject post(String path, String body) {
        return json(send(api(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), 201)).asJsonObject();
    }

    /** The owning company id of a record read by id, e.g. {@code companyOf("/company/configurations/", 501)}. */
    public long companyOf(String pathPrefix, long id) {
        JsonObject record = get(pathPrefix + id + "?fields=id,company").asJsonObject();
        return record.getJsonObject("company").getJsonNumber("id").longValue();
    }

    /** The Autotask face's quote of an opportunity: the sandbox numbers it the opportunity's id plus 1000. */
    public static long quoteIdOf(long opportunityId) {
        return opportunityId + 1000;
    }

    /**
     * {@code POST /{entity}/query/count} on the Autotask face with the demo API user, {@code filter} the QueryModel's
     * filter items: an oracle for the Autotask adapter's searches that does not go through the adapter.
     */
    public long autotaskCount(String entity, JsonArray filter) {
        String body = Json.createObjectBuilder().add("filter", filter).build().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.autotaskApiBase() + "/" + entity
                        + "/query/count"))
                .timeout(Duration.ofSeconds(30))
                .header("ApiIntegrationCode", DemoConfig.autotask("psa.autotask.integration-code"))
                .header("UserName", DemoConfig.autotask("psa.autotask.username"))
                .header("Secret", DemoConfig.autotask("psa.autotask.secret"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return json(send(request, 200)).asJsonObject().getJsonNumber("queryCount").longValue();
    }

    /** Sets fault knobs, e.g. {@code setFaults("{\"down\":true}")}; the knobs as now set. */
    public JsonObject setFaults(String knobs) {
        return json(send(admin("faults").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(knobs)), 200)).asJsonObject();
    }

    public JsonObject faults() {
        return json(send(admin("faults").GET(), 200)).asJsonObject();
    }

    public void resetFaults() {
        send(admin("faults/reset").POST(HttpRequest.BodyPublishers.noBody()), 200);
    }

    public Stats stats() {
        return new Stats(json(send(admin("stats").GET(), 200)).asJsonObject());
    }

    public JsonObject info() {
        return json(send(admin("info").GET(), 200)).asJsonObject();
    }

    /** A ConnectWise string literal: {@code \} then {@code "} escaped, in double quotes. */
    public static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpRequest.Builder api(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(server.psaBaseUrl() + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", AUTHORIZATION)
                .header("clientId", CLIENT_ID)
                .header("Accept", ACCEPT);
    }

    private HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(server.url("/v4_6_release/sandbox/" + path)).timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, int expectedStatus) {
        HttpRequest built = request.build();
        try {
            HttpResponse<String> response = http.send(built,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (expectedStatus > 0 && response.statusCode() != expectedStatus) {
                throw new AssertionError(built.method() + " " + built.uri() + " answered " + response.statusCode()
                        + " (expected " + expectedStatus + "): " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(built.method() + " " + built.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling the sandbox", e);
        }
    }

    public static JsonValue json(HttpResponse<String> response) {
        return parse(response.body());
    }

    public static JsonValue parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    /** A snapshot of {@code GET /v4_6_release/sandbox/stats}; compare two snapshots instead of resetting. */
    public record Stats(JsonObject json) {

        public long total() {
            return json.getJsonNumber("total").longValue();
        }

        /** Calls of one endpoint, e.g. {@code "GET /service/tickets/count"}. */
        public long endpoint(String methodAndTemplate) {
            return number(json.getJsonObject("byEndpoint"), methodAndTemplate);
        }

        public Map<String, Long> byEndpoint() {
            return numbers(json.getJsonObject("byEndpoint"));
        }

        public long status(int status) {
            return number(json.getJsonObject("byStatus"), String.valueOf(status));
        }

        /** {@code down}, {@code rateLimited} or {@code error}. */
        public long faultsInjected(String kind) {
            return number(json.getJsonObject("faultsInjected"), kind);
        }

        private static long number(JsonObject object, String key) {
            if (object == null || !object.containsKey(key) || object.isNull(key)) {
                return 0;
            }
            return ((JsonNumber) object.get(key)).longValue();
        }

        private static Map<String, Long> numbers(JsonObject object) {
            Map<String, Long> values = new LinkedHashMap<>();
            if (object != null) {
                object.forEach((key, value) -> values.put(key, ((JsonNumber) value).longValue()));
            }
            return values;
        }
    }
}
