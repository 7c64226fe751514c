package dev.portico.psa.connectwise;

import dev.portico.psa.PsaCallMeter;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Adds ConnectWise's authentication ({@code Basic companyId+publicKey:privateKey} and the
 * {@code clientId} header) and the pinned API version to every request, and counts the call.
 */
public class CwRequestFilter implements ClientRequestFilter {

    private static final Pattern NUMERIC_SEGMENT = Pattern.compile("/\\d+(?=/|$)");

    private final String authorization;
    private final String clientId;
    private final String accept;
    private final String basePath;
    private final PsaCallMeter meter;

    public CwRequestFilter(ConnectWiseSettings settings, PsaCallMeter meter) {
        String credentials = settings.companyId() + "+" + settings.publicKey() + ":" + settings.privateKey();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        this.clientId = settings.clientId();
        this.accept = settings.acceptHeader();
        this.basePath = settings.url().getRawPath();
        this.meter = meter;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, authorization);
        request.getHeaders().putSingle("clientId", clientId);
        String requested = request.getHeaderString(HttpHeaders.ACCEPT);
        if (requested == null || requested.isBlank() || requested.contains("json")) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept);
        }
        meter.record(operation(request.getMethod(), request.getUri().getRawPath()));
    }

    /** The same headers and count for a request sent outside the REST client. */
    void apply(java.net.http.HttpRequest.Builder request, String method, java.net.URI uri) {
        request.header(HttpHeaders.AUTHORIZATION, authorization)
                .header("clientId", clientId)
                .header(HttpHeaders.ACCEPT, accept);
        meter.record(operation(method, uri.getRawPath()));
    }

    /** {@code GET /service/tickets/{id}/notes}: the call's method and path, ids folded, for the per-operation tally. */
    String operation(String method, String rawPath) {
        String path = rawPath.startsWith(basePath) ? rawPath.substring(basePath.length()) : rawPath;
        return method + " " + NUMERIC_SEGMENT.matcher(path).replaceAll("/{id}");
    }
}
