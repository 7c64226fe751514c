package dev.portico.sandbox.autotask;

import dev.portico.sandbox.store.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * An Autotask error answer: a status and the body {@code {"errors":["..."]}}. Autotask answers business-rule and
 * validation errors (and most malformed queries) with HTTP 500, so that is the default.
 */
public class AtException extends RuntimeException {

    private final int status;
    private final List<String> errors;

    public AtException(int status, List<String> errors) {
        super(String.join("; ", errors));
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    /** A business or validation error: HTTP 500 with one message, as Autotask answers them. */
    public static AtException business(String message) {
        return new AtException(500, List.of(message));
    }

    public int status() {
        return status;
    }

    public List<String> errors() {
        return errors;
    }

    public JsonObject body() {
        return body(errors);
    }

    public static JsonObject body(List<String> errors) {
        JsonArrayBuilder list = Jsons.arr();
        errors.forEach(list::add);
        return Jsons.obj().add("errors", list).build();
    }
}
