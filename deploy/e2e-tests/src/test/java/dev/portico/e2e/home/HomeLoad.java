package dev.portico.e2e.home;

import dev.portico.e2e.support.DemoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Loads Home the way a browser does, without one: the page (GET), then the Ajax request its script sends at
 * once for the statistics and charts (the {@code home-loader:figures} remote command, with the page's view
 * state and CSP nonce). Times both, in milliseconds.
 */
final class HomeLoad {

    /** One Home load: the page alone, and the page plus its figures request. */
    record Timing(double page, double complete) {
    }

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final DemoServer server;
    private final String cookies;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    HomeLoad(DemoServer server, String cookies) {
        this.server = server;
        this.cookies = cookies;
    }

    Timing load() {
        long start = System.nanoTime();
        HttpResponse<String> page = send(HttpRequest.newBuilder(server.url("/home.xhtml")).GET());
        double pageMillis = millisSince(start);
        if (!page.body().contains("id=\"stat-open\"")) {
            throw new IllegalStateException("Home did not render: HTTP " + page.statusCode());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "home-loader:figures");
        form.put("jakarta.faces.partial.execute", "home-loader:figures");
        form.put("jakarta.faces.partial.render", "stats-panel months-panel types-panel");
        form.put("home-loader:figures", "home-loader:figures");
        form.put("home-loader", "home-loader");
        form.put("jakarta.faces.ViewState", find(VIEW_STATE, page.body()));
        form.put("primefaces.nonce", find(NONCE, page.body()));
        HttpResponse<String> figures = send(HttpRequest.newBuilder(server.url("/home.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&")))));
        double completeMillis = millisSince(start);
        if (!figures.body().contains("home-stat__value") || !figures.body().contains("months-chart")) {
            throw new IllegalStateException("The figures request did not render them: " + figures.body());
        }
        return new Timing(pageMillis, completeMillis);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.header("Cookie", cookies).timeout(Duration.ofSeconds(60))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Home answered HTTP " + response.statusCode());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("Home has no " + pattern);
        }
        return matcher.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
