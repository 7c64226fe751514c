package dev.portico.sandbox.api;

import dev.portico.sandbox.store.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * A refused API call with ConnectWise's error body ({@code ErrorResponseMessage}):
 * {@code {"code":"InvalidObject","message":"...","errors":[{"code","message","resource","field"}]}}.
 */
public class ApiException extends RuntimeException {

    /** One {@code ValidationError}. */
    public record FieldError(String code, String message, String resource, String field) {
    }

    private final int status;
    private final String code;
    private final List<FieldError> errors;

    public ApiException(int status, String code, String message, List<FieldError> errors) {
        super(message);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public static ApiException notFound(String resource, Object id) {
        String name = Character.toUpperCase(resource.charAt(0)) + resource.substring(1);
        return new ApiException(404, "NotFound", name + " with id " + id + " was not found.", List.of());
    }

    /** A 400 for an invalid request body; {@code errors} name the fields at fault. */
    public static ApiException invalid(String resource, List<FieldError> errors) {
        return new ApiException(400, "InvalidObject", resource + " object is invalid", errors);
    }

    public static ApiException invalid(String resource, String code, String field, String message) {
        return invalid(resource, List.of(new FieldError(code, message, resource, field)));
    }

    public int status() {
        return status;
    }

    public JsonObject body() {
        return body(code, getMessage(), errors);
    }

    public static JsonObject body(String code, String message, List<FieldError> errors) {
        JsonArrayBuilder list = Jsons.arr();
        for (FieldError e : errors) {
            var b = Jsons.obj().add("code", e.code()).add("message", e.message());
            Jsons.put(b, "resource", e.resource());
            Jsons.put(b, "field", e.field());
            list.add(b);
        }
        return Jsons.obj().add("code", code).add("message", message).add("errors", list).build();
    }
}
