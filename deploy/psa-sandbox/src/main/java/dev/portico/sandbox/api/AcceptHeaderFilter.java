package dev.portico.sandbox.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Accepts ConnectWise's versioned media type ({@code application/vnd.connectwise.com+json; version=2025.8}) by
 * rewriting it to {@code application/json} before matching, so resources declare plain JSON and answer with
 * {@code Content-Type: application/json}. Binary downloads accept any Accept header.
 */
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class AcceptHeaderFilter implements ContainerRequestFilter {

    private static final Pattern VENDOR_TYPE = Pattern.compile(
            "application/vnd\\.connectwise\\.com\\+json(\\s*;\\s*[^,]*)?", Pattern.CASE_INSENSITIVE);

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().toLowerCase(Locale.ROOT);
        if (path.endsWith("/pdf") || path.endsWith("/download")) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, "*/*");
            return;
        }
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && VENDOR_TYPE.matcher(accept).find()) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, VENDOR_TYPE.matcher(accept).replaceAll("application/json"));
        }
    }
}
