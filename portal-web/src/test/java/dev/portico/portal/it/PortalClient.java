package dev.portico.portal.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that submits Faces forms the way the browser does: with the view
 * state and the PrimeFaces CSP nonce of the page, and without following redirects, so tests can
 * look at each answer.
 */
final class PortalClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    PortalClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET());
    }

    /** A GET with one more request header, e.g. {@code Accept-Language}. */
    HttpResponse<String> get(String path, String header, String value) {
        return send(HttpRequest.newBuilder(resolve(path)).header(header, value).GET());
    }

    /** Submits a form of a page fetched before, clicking the given button. */
    HttpResponse<String> submit(HttpResponse<String> page, String formId, String button, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.putAll(fields);
        form.put(button, "");
        form.put("jakarta.faces.ViewState", find(VIEW_STATE, page.body()).orElseThrow(
                () -> new AssertionError("no view state in " + page.uri())));
        find(NONCE, page.body()).ifPresent(nonce -> form.put("primefaces.nonce", nonce));
        return post(page.uri().getPath(), form);
    }

    /** A PrimeFaces Ajax request, as p:commandButton sends it. */
    HttpResponse<String> submitAjax(HttpResponse<String> page, String formId, String source, String execute,
            String render, Map<String, String> fields) {
        return submitAjax(page, formId, source, execute, render, fields, true);
    }

    /** As {@link #submitAjax}, optionally without the page's CSP nonce (as a forged or broken request would). */
    HttpResponse<String> submitAjax(HttpResponse<String> page, String formId, String source, String execute,
            String render, Map<String, String> fields, boolean withNonce) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", source);
        form.put("jakarta.faces.partial.execute", execute);
        form.put("jakarta.faces.partial.render", render);
        form.put(source, source);
        form.put(formId, formId);
        form.putAll(fields);
        form.put("jakarta.faces.ViewState", find(VIEW_STATE, page.body()).orElseThrow());
        if (withNonce) {
            find(NONCE, page.body()).ifPresent(nonce -> form.put("primefaces.nonce", nonce));
        }
        return send(HttpRequest.newBuilder(resolve(page.uri().getPath()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(encodeForm(form))));
    }

    /**
     * A bare HTTP/1.1 request over a socket, for what {@link HttpClient} will not send, such as a forged
     * {@code Host} header. Answers the status line and the headers (names in lower case), without the body.
     */
    Map<String, String> raw(String method, String path, String host, String formBody) {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            byte[] body = formBody == null ? new byte[0] : formBody.getBytes(StandardCharsets.UTF_8);
            String head = method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n"
                    + (formBody == null ? "" : "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                            + body.length + "\r\n")
                    + "\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            java.io.BufferedReader in = new java.io.BufferedReader(
                    new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            Map<String, String> answer = new LinkedHashMap<>();
            answer.put(":status", in.readLine());
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                answer.merge(line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                        line.substring(colon + 1).strip(), (a, b) -> a + ", " + b);
            }
            return answer;
        } catch (IOException e) {
            throw new AssertionError("request failed", e);
        }
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encodeForm(form))));
    }

    private static String encodeForm(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    void addCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath(base.getPath().isEmpty() ? "/" : base.getPath());
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    static List<String> setCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie");
    }

    static Optional<String> setCookie(HttpResponse<?> response, String name) {
        return setCookies(response).stream().filter(header -> header.startsWith(name + "=")).findFirst();
    }

    private URI resolve(String path) {
        return path.startsWith("/") ? base.resolve(path) : URI.create(base + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
