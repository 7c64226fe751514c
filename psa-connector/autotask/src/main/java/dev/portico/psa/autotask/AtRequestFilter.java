package dev.portico.psa.autotask;

import dev.portico.psa.PsaCallMeter;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.regex.Pattern;

/**
 * Adds Autotask's three authentication headers ({@code ApiIntegrationCode}, {@code UserName}, {@code Secret}) to
 * every request and counts the call. Autotask has no token exchange: the headers go on each call.
 */
public class AtRequestFilter implements ClientRequestFilter {

    private static final Pattern NUMERIC_SEGMENT = Pattern.compile("/-?\\d+(?=/|$)");
    private static final Pattern API_PREFIX = Pattern.compile("^.*?/V1\\.0", Pattern.CASE_INSENSITIVE);

    private final String integrationCode;
    private final String username;
    private final String secret;
    private final PsaCallMeter meter;

    public AtRequestFilter(AutotaskSettings settings, PsaCallMeter meter) {
        this.integrationCode = settings.integrationCode();
        this.username = settings.username();
        this.secret = settings.secret();
        this.meter = meter;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle("ApiIntegrationCode", integrationCode);
        request.getHeaders().putSingle("UserName", username);
        request.getHeaders().putSingle("Secret", secret);
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, "application/json");
        meter.record(operation(request.getMethod(), request.getUri().getRawPath()));
    }

    /** The same headers and count for a request sent outside the REST client. */
    void apply(java.net.http.HttpRequest.Builder request, String method, java.net.URI uri) {
        request.header("ApiIntegrationCode", integrationCode)
                .header("UserName", username)
                .header("Secret", secret)
                .header(HttpHeaders.ACCEPT, "application/json");
        meter.record(operation(method, uri.getRawPath()));
    }

    /** {@code POST /Tickets/query}: method and path below {@code V1.0}, ids folded, for the per-operation tally. */
    static String operation(String method, String rawPath) {
        String path = API_PREFIX.matcher(rawPath).replaceFirst("");
        return method + " " + NUMERIC_SEGMENT.matcher(path).replaceAll("/{id}");
    }
}
