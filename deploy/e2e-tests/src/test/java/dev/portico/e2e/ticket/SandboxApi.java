package dev.portico.e2e.ticket;

import dev.portico.e2e.support.DemoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sandbox's ConnectWise API directly, as the MSP's technicians would see the data: to find records the
 * portal must never show (internal notes). Never used to drive the portal.
 */
final class SandboxApi {

    private static final String AUTHORIZATION = "Basic " + Base64.getEncoder().encodeToString(
            "portico_demo+demo-public-key:demo-private-key".getBytes(StandardCharsets.UTF_8));
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern TEXT = Pattern.compile("\"text\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final DemoServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SandboxApi(DemoServer server) {
        this.server = server;
    }

    /** Ids of a contact's newest tickets. */
    List<Long> ticketsOf(long contactId, int count) {
        String body = get("/service/tickets", "conditions=" + encode("contact/id=" + contactId)
                + "&orderBy=" + encode("id desc") + "&pageSize=" + count + "&fields=id");
        List<Long> ids = new ArrayList<>();
        Matcher matcher = ID.matcher(body);
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }

    /** The texts of a ticket's internal notes (JSON-unescaped enough for plain sentences). */
    List<String> internalNotes(long ticketId) {
        String body = get("/service/tickets/" + ticketId + "/notes", "conditions="
                + encode("internalAnalysisFlag=true") + "&fields=id,text");
        List<String> texts = new ArrayList<>();
        Matcher matcher = TEXT.matcher(body);
        while (matcher.find()) {
            texts.add(matcher.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        return texts;
    }

    private String get(String path, String query) {
        HttpRequest request = HttpRequest.newBuilder(server.url("/v4_6_release/apis/3.0" + path + "?" + query))
                .header("Authorization", AUTHORIZATION)
                .header("clientId", "3f6b6f0e-7c1a-4c55-9a59-5f6d3c1e0a11")
                .timeout(Duration.ofSeconds(20))
                .GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Sandbox answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
