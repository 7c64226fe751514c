package dev.portico.sandbox.autotask;

import dev.portico.sandbox.api.Beans;
import dev.portico.sandbox.faults.ApiStats;
import dev.portico.sandbox.faults.FaultKnobs;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs around every Autotask call. Before: the fault knobs shared with the ConnectWise face (a PSA that is down
 * checks nothing), then the three credential headers (not for {@code ZoneInformation}), then the hourly request
 * threshold and the concurrent-call limit per object endpoint and integration code (ZoneInformation is exempt from
 * both), then the latency knob while the call holds its slot. After: frees the slot and counts the call in the
 * shared {@link ApiStats}.
 */
@Priority(Priorities.AUTHENTICATION - 100)
public class AutotaskGate implements ContainerRequestFilter, ContainerResponseFilter {

    static final String FAULT_PROPERTY = "dev.portico.sandbox.fault";
    static final String SLOT_PROPERTY = "dev.portico.sandbox.autotask.slot";

    @Override
    public void filter(ContainerRequestContext request) {
        filter(request, Beans.get(FaultKnobs.class), Beans.get(AutotaskSettings.class), Beans.get(AtLimits.class));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        after(request, response.getStatus(), Beans.get(AtLimits.class), Beans.get(ApiStats.class));
    }

    static void filter(ContainerRequestContext request, FaultKnobs knobs, AutotaskSettings settings, AtLimits limits) {
        List<String> segments = segments(request.getUriInfo().getPath());
        String entity = segments.size() > 1 ? segments.get(1) : "";
        boolean zone = entity.equalsIgnoreCase("ZoneInformation");
        FaultKnobs.Decision decision = knobs.decide();
        if (decision.outcome() != FaultKnobs.Outcome.PASS) {
            sleep(decision.latencyMs());
            switch (decision.outcome()) {
                case DOWN -> abort(request, "down", Response.status(503),
                        "The service is unavailable (sandbox fault knob 'down').");
                case RATE_LIMITED -> abort(request, "rateLimited",
                        Response.status(429).header("Retry-After", decision.retryAfterSeconds()),
                        "Too many requests; retry after " + decision.retryAfterSeconds() + " seconds (sandbox fault knob).");
                default -> abort(request, "error", Response.status(500),
                        "An unexpected error occurred (sandbox fault knob 'errorRate').");
            }
            return;
        }
        if (!zone) {
            String problem = problem(request, settings);
            if (problem != null) {
                request.abortWith(error(Response.status(401), problem));
                return;
            }
            if (!limits.count(settings.requestThreshold())) {
                request.abortWith(error(Response.status(429), "The API request threshold of "
                        + settings.requestThreshold() + " requests per 60 minutes has been exceeded; "
                        + "API access is suspended until the hourly usage drops."));
                return;
            }
            String code = request.getHeaderString("ApiIntegrationCode");
            if (!limits.acquire(code, entity, settings.threadLimit())) {
                request.abortWith(error(Response.status(429), "Thread threshold exceeded: more than "
                        + settings.threadLimit() + " concurrent requests to the " + entity
                        + " endpoint for this API integration code."));
                return;
            }
            request.setProperty(SLOT_PROPERTY, new String[] {code, entity});
        }
        sleep(decision.latencyMs());
    }

    static void after(ContainerRequestContext request, int status, AtLimits limits, ApiStats stats) {
        if (request.getProperty(SLOT_PROPERTY) instanceof String[] slot) {
            limits.release(slot[0], slot[1]);
            request.removeProperty(SLOT_PROPERTY);
        }
        stats.record(request.getMethod(), template(request.getUriInfo().getPath()), status,
                (String) request.getProperty(FAULT_PROPERTY));
    }

    /** Why the credential headers are refused, or null when they are the configured ones. */
    static String problem(ContainerRequestContext request, AutotaskSettings settings) {
        String code = request.getHeaderString("ApiIntegrationCode");
        String user = request.getHeaderString("UserName");
        String secret = request.getHeaderString("Secret");
        if (code == null || user == null || secret == null) {
            return "Authentication is required: send the ApiIntegrationCode, UserName and Secret headers.";
        }
        if (!code.trim().equals(settings.integrationCode()) || !user.trim().equalsIgnoreCase(settings.userName())
                || !secret.equals(settings.secret())) {
            return "The API integration code, user name or secret is not valid.";
        }
        return null;
    }

    private static void sleep(long ms) {
        if (ms > 0) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void abort(ContainerRequestContext request, String fault, Response.ResponseBuilder response,
                              String message) {
        request.setProperty(FAULT_PROPERTY, fault);
        request.abortWith(error(response, message));
    }

    static Response error(Response.ResponseBuilder response, String message) {
        return response.type(MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8"))
                .entity(AtException.body(List.of(message)).toString()).build();
    }

    static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** {@code /atservicesrest/V1.0/Tickets/{id}/Notes}: the canonical entity names, ids as {@code {id}}. */
    static String template(String path) {
        StringBuilder sb = new StringBuilder("/atservicesrest");
        List<String> segments = segments(path);
        for (int i = 0; i < segments.size(); i++) {
            String s = segments.get(i);
            String canonical;
            if (i == 0) {
                canonical = s.toUpperCase(Locale.ROOT);
            } else if (s.chars().allMatch(Character::isDigit)) {
                canonical = "{id}";
            } else if (AtEntities.byName(s) != null) {
                canonical = AtEntities.byName(s).name();
            } else if (i == 1 && !s.equalsIgnoreCase("ZoneInformation") && !s.equalsIgnoreCase("ThresholdInformation")) {
                return "/atservicesrest/(unmatched)";
            } else {
                canonical = AutotaskResource.canonicalWord(s);
            }
            sb.append('/').append(canonical);
        }
        return sb.toString();
    }
}
