package dev.portico.portal.security;

import dev.portico.portal.branding.Brand;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The headers every response carries. The Content-Security-Policy ends with its script-src so that
 * PrimeFaces (primefaces.CSP=true, primefaces.CSP_POLICY=#{securityHeaders.cspPolicy}) can append
 * the per-request nonce to it on Faces pages.
 */
@Named
@ApplicationScoped
public class SecurityHeaders {

    static final String CSP = "Content-Security-Policy";

    @Inject
    PortalSecurity security;

    @Inject
    Brand brand;

    private String cspPolicy;
    private Map<String, String> headers;

    @PostConstruct
    void init() {
        String frameAncestors = security.settings().frameAncestors();
        String imageSources = brand.settings().logo().externalOrigin().map(origin -> " " + origin).orElse("");
        cspPolicy = policy(frameAncestors, imageSources);
        Map<String, String> fixed = new LinkedHashMap<>();
        fixed.put("X-Content-Type-Options", "nosniff");
        fixed.put("Referrer-Policy", "strict-origin-when-cross-origin");
        fixed.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        fixed.put("Cross-Origin-Opener-Policy", "same-origin");
        frameOptions(frameAncestors).ifPresent(value -> fixed.put("X-Frame-Options", value));
        headers = Map.copyOf(fixed);
    }

    static String policy(String frameAncestors, String extraImageSources) {
        return "default-src 'self'; "
                + "img-src 'self' data:" + extraImageSources + "; "
                // PrimeFaces components still write style attributes
                + "style-src 'self' 'unsafe-inline'; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'; "
                + "frame-ancestors " + frameAncestors + "; "
                + "script-src 'self'";
    }

    /** X-Frame-Options for browsers without frame-ancestors, where the two can say the same. */
    static Optional<String> frameOptions(String frameAncestors) {
        return switch (frameAncestors.trim()) {
            case "'self'" -> Optional.of("SAMEORIGIN");
            case "'none'" -> Optional.of("DENY");
            default -> Optional.empty();
        };
    }

    /** Sets every security header on a response (dynamic pages also get Cache-Control: no-store). */
    public void applyTo(HttpServletRequest request, HttpServletResponse response) {
        headers.forEach(response::setHeader);
        response.setHeader(CSP, cspPolicy);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        String path = request.getServletPath();
        if (!path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/branding/")) {
            // signed-in pages must not come back from the browser cache after log-out
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** Without a nonce; PrimeFaces replaces it with a nonce-carrying copy on Faces pages. */
    public String getCspPolicy() {
        return cspPolicy;
    }

    public Map<String, String> fixedHeaders() {
        return headers;
    }
}
