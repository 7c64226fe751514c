package dev.portico.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the portal's own redirects point. A container builds an absolute {@code Location} from the request's
 * {@code Host} header, which the client chooses; the portal never does. With {@code portal.base-url} set (the
 * public origin, such as {@code https://support.example.com}) a redirect to {@code /path} goes to that origin;
 * without it the {@code Location} stays relative ({@code /path}), which browsers resolve against the address
 * they asked for.
 */
@ApplicationScoped
public class PublicAddress {

    public static final String BASE_URL = "portal.base-url";

    private String origin;

    protected PublicAddress() {
    }

    @Inject
    PublicAddress(@ConfigProperty(name = BASE_URL) Optional<String> baseUrl) {
        this.origin = baseUrl.map(String::strip).filter(url -> !url.isEmpty()).map(PublicAddress::origin).orElse("");
    }

    /** For tests and plain Java: {@code baseUrl} may be null or blank (relative redirects). */
    public static PublicAddress of(String baseUrl) {
        return new PublicAddress(Optional.ofNullable(baseUrl));
    }

    /** The {@code Location} for a redirect to {@code location} as the application wrote it. */
    public String location(String location) {
        if (location == null || !location.startsWith("/") || location.startsWith("//")) {
            return location;
        }
        return origin + location;
    }

    /** Answers 302 to {@code location}, never taking the host from the request. */
    public void redirect(HttpServletResponse response, String location) {
        if (response.isCommitted()) {
            throw new IllegalStateException("Cannot redirect after the response was committed");
        }
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", location(location));
    }

    private static String origin(String url) {
        URI uri;
        try {
            uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(BASE_URL + " is not a URL: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null
                || uri.getRawPath() != null && !uri.getRawPath().isEmpty() || uri.getRawQuery() != null
                || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(BASE_URL + " must be the portal's public origin, such as "
                    + "https://support.example.com (http or https, a host, an optional port, no path): " + url);
        }
        return scheme + "://" + uri.getRawAuthority();
    }
}
