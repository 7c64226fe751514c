package dev.portico.psa.autotask;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * PATCH and the cursor's next page through {@code java.net.http}. Jersey's HttpURLConnection transport (Payara's
 * MP Rest Client) refuses PATCH on HTTPS under Java 17, and the cursor is an absolute URL whose {@code paging}
 * parameter is JSON, which the Rest Client would re-encode as a URI template. Same headers, count and error
 * mapping as the REST clients.
 */
final class AtRawHttp {

    private final AtRequestFilter headers;
    private final Duration readTimeout;
    private final HttpClient http;

    AtRawHttp(AutotaskSettings settings, AtRequestFilter headers) {
        this.headers = headers;
        this.readTimeout = settings.readTimeout();
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Sends {@code method uri} with a JSON body and answers the JSON object the PSA returns (empty when none). */
    JsonObject send(String method, URI uri, JsonObject body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(readTimeout)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        headers.apply(request, method, uri);
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException failure) {
            throw AtResilience.translate(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new TransientPsaFailure("Interrupted while waiting for the PSA", interrupted);
        }
        if (response.statusCode() >= 400) {
            throw AtErrors.toException(response.statusCode(),
                    response.headers().firstValue("Retry-After").orElse(null), response.body());
        }
        String text = response.body();
        if (text == null || text.isBlank()) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
