package dev.portico.sandbox.api;

import dev.portico.sandbox.query.QueryException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure leaves the sandbox as a ConnectWise error body. */
public final class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    private ApiExceptionMappers() {
    }

    public static class Api implements ExceptionMapper<ApiException> {
        @Override
        public Response toResponse(ApiException e) {
            return Responses.json(e.status(), e.body());
        }
    }

    public static class Query implements ExceptionMapper<QueryException> {
        @Override
        public Response toResponse(QueryException e) {
            ApiException api = Responses.invalidQuery("record", e);
            return Responses.json(api.status(), api.body());
        }
    }

    /** 404 for unknown paths, 405, 406, 415 and the other statuses the JAX-RS runtime raises. */
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String code = switch (status) {
                case 404 -> "NotFound";
                case 405 -> "MethodNotAllowed";
                case 406 -> "NotAcceptable";
                case 415 -> "UnsupportedMediaType";
                case 401 -> "Unauthorized";
                case 403 -> "Forbidden";
                default -> status >= 500 ? "UnexpectedServerError" : "InvalidObject";
            };
            String message = switch (status) {
                case 404 -> "The requested resource was not found.";
                case 405 -> "The method is not allowed for this resource.";
                case 415 -> "The content type is not supported for this resource.";
                default -> e.getMessage() == null ? "Request failed." : e.getMessage();
            };
            Response.ResponseBuilder b = Response.status(status).type(Responses.JSON)
                    .entity(ApiException.body(code, message, List.of()).toString());
            e.getResponse().getHeaders().forEach((name, values) -> {
                if (name.equalsIgnoreCase("Allow")) {
                    values.forEach(v -> b.header(name, v));
                }
            });
            return b.build();
        }
    }

    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            LOG.log(Level.SEVERE, "Unexpected sandbox failure", e);
            return Responses.json(500, ApiException.body("UnexpectedServerError",
                    "An unexpected error occurred: " + e.getClass().getSimpleName(), List.of()));
        }
    }
}
