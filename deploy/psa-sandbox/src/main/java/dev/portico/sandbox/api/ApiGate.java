package dev.portico.sandbox.api;

import dev.portico.sandbox.SandboxSettings;
import dev.portico.sandbox.faults.FaultKnobs;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Runs before every matched API call: first the fault knobs (a PSA that is down does not check credentials), then
 * ConnectWise's authentication, {@code Authorization: Basic base64(companyId+publicKey:privateKey)} plus the
 * {@code clientId} header.
 */
@Priority(Priorities.AUTHENTICATION - 100)
public class ApiGate implements ContainerRequestFilter {

    static final String FAULT_PROPERTY = "dev.portico.sandbox.fault";

    @Override
    public void filter(ContainerRequestContext request) {
        filter(request, Beans.get(FaultKnobs.class), Beans.get(SandboxSettings.class));
    }

    static void filter(ContainerRequestContext request, FaultKnobs knobs, SandboxSettings settings) {
        FaultKnobs.Decision decision = knobs.decide();
        if (decision.latencyMs() > 0) {
            try {
                Thread.sleep(decision.latencyMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        switch (decision.outcome()) {
            case DOWN -> abort(request, "down", Response.status(503), "ServiceUnavailable",
                    "The service is unavailable (sandbox fault knob 'down').");
            case RATE_LIMITED -> abort(request, "rateLimited",
                    Response.status(429, "Too Many Requests").header("Retry-After", decision.retryAfterSeconds()), "TooManyRequests",
                    "Too many requests; retry after " + decision.retryAfterSeconds() + " seconds (sandbox fault knob).");
            case ERROR -> abort(request, "error", Response.status(500), "UnexpectedServerError",
                    "An unexpected error occurred (sandbox fault knob 'errorRate').");
            default -> authenticate(request, settings);
        }
    }

    private static void abort(ContainerRequestContext request, String fault, Response.ResponseBuilder response,
                              String code, String message) {
        request.setProperty(FAULT_PROPERTY, fault);
        request.abortWith(response.type(Responses.JSON)
                .entity(ApiException.body(code, message, List.of()).toString()).build());
    }

    static void authenticate(ContainerRequestContext request, SandboxSettings settings) {
        String problem = problem(request.getHeaderString(HttpHeaders.AUTHORIZATION), request.getHeaderString("clientId"),
                settings);
        if (problem != null) {
            request.abortWith(Response.status(401).type(Responses.JSON)
                    .entity(ApiException.body("Unauthorized", problem, List.of()).toString()).build());
        }
    }

    /** Why the credentials are refused, or null when they are the configured ones. */
    static String problem(String authorization, String clientId, SandboxSettings settings) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return "Authentication is required: send Authorization: Basic base64(companyId+publicKey:privateKey).";
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "The Authorization header is not valid Base64.";
        }
        int colon = decoded.indexOf(':');
        int plus = decoded.indexOf('+');
        if (colon < 0 || plus < 0 || plus > colon) {
            return "The credentials must have the form companyId+publicKey:privateKey.";
        }
        boolean valid = decoded.substring(0, plus).equalsIgnoreCase(settings.companyId())
                && decoded.substring(plus + 1, colon).equals(settings.publicKey())
                && decoded.substring(colon + 1).equals(settings.privateKey());
        if (!valid) {
            return "The company id, public key or private key is not valid.";
        }
        if (clientId == null || clientId.isBlank()) {
            return "The clientId header is required.";
        }
        if (!clientId.trim().equalsIgnoreCase(settings.clientId())) {
            return "The clientId is not registered.";
        }
        return null;
    }
}
