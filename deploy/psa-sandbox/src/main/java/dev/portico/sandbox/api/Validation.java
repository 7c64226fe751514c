package dev.portico.sandbox.api;

import dev.portico.sandbox.api.ApiException.FieldError;
import java.util.ArrayList;
import java.util.List;

/** Collects the field errors of one write so they are reported together, as ConnectWise does. */
final class Validation {

    private final String resource;
    private final List<FieldError> errors = new ArrayList<>();

    Validation(String resource) {
        this.resource = resource;
    }

    Validation missing(String field) {
        errors.add(new FieldError("MissingRequiredField", "The " + field + " field is required.", resource, field));
        return this;
    }

    Validation invalid(String field, String message) {
        errors.add(new FieldError("InvalidField", message, resource, field));
        return this;
    }

    Validation tooLong(String field, int max) {
        errors.add(new FieldError("InvalidField", "The " + field + " field cannot be longer than " + max
                + " characters.", resource, field));
        return this;
    }

    boolean ok() {
        return errors.isEmpty();
    }

    void check() {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(resource, errors);
        }
    }
}
