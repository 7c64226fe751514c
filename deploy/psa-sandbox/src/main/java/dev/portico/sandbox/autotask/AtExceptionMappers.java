package dev.portico.sandbox.autotask;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure of the Autotask face answers an Autotask error body, {@code {"errors":["..."]}}. */
public final class AtExceptionMappers {

    private static final Logger LOG = Logger.getLogger(AtExceptionMappers.class.getName());

    private AtExceptionMappers() {
    }

    public static class Autotask implements ExceptionMapper<AtException> {
        @Override
        public Response toResponse(AtException e) {
            return Response.status(e.status()).type(AutotaskResource.JSON).entity(e.body().toString()).build();
        }
    }

    /** Unmatched paths and methods (404, 405, 415 ...) from JAX-RS itself. */
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String message = status == 404 ? "No resource was found that matches the request URI."
                    : status == 405 ? "The requested resource does not support this http method."
                    : e.getMessage() == null ? "HTTP " + status : e.getMessage();
            return Response.status(status).type(AutotaskResource.JSON)
                    .entity(AtException.body(List.of(message)).toString()).build();
        }
    }

    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            if (e instanceof AtException at) {
                return new Autotask().toResponse(at);
            }
            if (e instanceof WebApplicationException web) {
                return new Web().toResponse(web);
            }
            LOG.log(Level.WARNING, "Unexpected error in the Autotask face", e);
            return Response.status(500).type(AutotaskResource.JSON)
                    .entity(AtException.body(List.of("An unexpected error occurred.")).toString()).build();
        }
    }
}
