package dev.portico.sandbox.admin;

import dev.portico.sandbox.SandboxSettings;
import dev.portico.sandbox.api.Beans;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Answers 404 for every admin call when {@code sandbox.admin.enabled=false}. */
@PreMatching
public class AdminGate implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        filter(request, Beans.get(SandboxSettings.class));
    }

    static void filter(ContainerRequestContext request, SandboxSettings settings) {
        if (!settings.adminEnabled()) {
            request.abortWith(Response.status(404).type(MediaType.APPLICATION_JSON)
                    .entity("{\"code\":\"NotFound\",\"message\":\"The requested resource was not found.\",\"errors\":[]}")
                    .build());
        }
    }
}
