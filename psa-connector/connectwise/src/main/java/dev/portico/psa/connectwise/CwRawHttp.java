package dev.portico.psa.connectwise;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * PATCH and multipart uploads to ConnectWise through {@code java.net.http}. Jersey's default transport
 * (HttpURLConnection, also used by Payara's MP Rest Client) refuses PATCH unless it may reflect into
 * JDK internals, which Java 17 forbids for HTTPS connections. Same headers, call count and error
 * mapping as the REST clients.
 */
public final class CwRawHttp {

    /** One part of a multipart form: a text field, or a streamed file when {@code fileName} is set. */
    public record Part(String name, String fileName, String contentType, Supplier<InputStream> content) {

        public static Part text(String name, String value) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            return new Part(name, null, null, () -> new ByteArrayInputStream(bytes));
        }
    }

    private final ConnectWiseSettings settings;
    private final CwRequestFilter headers;
    private final HttpClient http;
    private final Jsonb jsonb = JsonbBuilder.create();

    CwRawHttp(ConnectWiseSettings settings, CwRequestFilter headers) {
        this.settings = settings;
        this.headers = headers;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    /** {@code PATCH path} with a JSON body (ConnectWise's array of {op, path, value}); answers the updated record. */
    public <T> T patch(String path, Object body, Type answer) {
        byte[] json = jsonb.toJson(body).getBytes(StandardCharsets.UTF_8);
        return send("PATCH", path, "application/json", HttpRequest.BodyPublishers.ofByteArray(json), answer);
    }

    /** {@code POST path} as multipart/form-data, streaming file parts. */
    public <T> T postMultipart(String path, List<Part> parts, Type answer) {
        String boundary = "portico-" + UUID.randomUUID();
        return send("POST", path, "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofInputStream(() -> multipart(boundary, parts)), answer);
    }

    private <T> T send(String method, String path, String contentType, HttpRequest.BodyPublisher body, Type answer) {
        URI uri = URI.create(settings.url() + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(settings.readTimeout())
                .header("Content-Type", contentType)
                .method(method, body);
        headers.apply(request, method, uri);
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException failure) {
            throw CwResilience.translate(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new TransientPsaFailure("Interrupted while waiting for the PSA", interrupted);
        }
        if (response.statusCode() >= 400) {
            throw CwErrors.toException(response.statusCode(),
                    response.headers().firstValue("Retry-After").orElse(null), response.body());
        }
        String text = response.body();
        return text == null || text.isBlank() ? null : jsonb.fromJson(text, answer);
    }

    private static InputStream multipart(String boundary, List<Part> parts) {
        List<InputStream> streams = new ArrayList<>();
        for (Part part : parts) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(quoted(part.name())).append('"');
            if (part.fileName() != null) {
                head.append("; filename=\"").append(quoted(part.fileName())).append('"').append("\r\n")
                        .append("Content-Type: ")
                        .append(part.contentType() == null ? "application/octet-stream" : part.contentType());
            }
            head.append("\r\n\r\n");
            streams.add(new ByteArrayInputStream(head.toString().getBytes(StandardCharsets.UTF_8)));
            streams.add(part.content().get());
            streams.add(new ByteArrayInputStream("\r\n".getBytes(StandardCharsets.UTF_8)));
        }
        streams.add(new ByteArrayInputStream(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8)));
        return new SequenceInputStream(Collections.enumeration(streams));
    }

    /** Header values may not break out of their quotes or lines. */
    private static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", " ").replace("\n", " ");
    }
}
