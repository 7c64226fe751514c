package dev.portico.psa.autotask.query;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The only code that writes Autotask filter JSON. Each condition names a field of the entity's whitelist
 * ({@link AtEntity}) with an operator ({@link AtOp}) its type allows, and a value of that type; anything else is
 * an {@link IllegalArgumentException} (a programming error) and never reaches the PSA. User text only ever
 * becomes a JSON string value, written by JSON-P, so it cannot become a field, an operator or a group.
 *
 * <p>Top-level conditions are ANDed (Autotask's rule); {@link #anyOf} and {@link #allOf} add parenthesised
 * {@code or} / {@code and} groups.
 */
public final class AtFilter {

    /** Autotask refuses a query with more than 500 OR conditions; an {@code in} list counts each value. */
    public static final int MAX_OR_CONDITIONS = 500;
    /** Longest text value sent; longer user text can never match a field anyway (descriptions hold 8000). */
    public static final int MAX_TEXT = 8000;

    private final AtEntity entity;
    private final List<JsonObject> items = new ArrayList<>();

    private AtFilter(AtEntity entity) {
        this.entity = Objects.requireNonNull(entity);
    }

    public static AtFilter on(AtEntity entity) {
        return new AtFilter(entity);
    }

    public AtEntity entity() {
        return entity;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** {@code field op value}; {@code value} is a Long/Integer, String, Boolean, Instant or a collection of those. */
    public AtFilter where(String field, AtOp op, Object value) {
        items.add(condition(field, op, value));
        return this;
    }

    /** {@code field exist} / {@code field notExist}: no value. */
    public AtFilter where(String field, AtOp op) {
        if (!op.takesNoValue()) {
            throw new IllegalArgumentException(op.wire() + " needs a value");
        }
        items.add(condition(field, op, null));
        return this;
    }

    public AtFilter eq(String field, Object value) {
        return where(field, AtOp.EQ, value);
    }

    public AtFilter in(String field, Collection<?> values) {
        return where(field, AtOp.IN, values);
    }

    /** A parenthesised OR group of the conditions {@code group} adds; an empty group adds nothing. */
    public AtFilter anyOf(Consumer<AtFilter> group) {
        return group("or", group);
    }

    /** A parenthesised AND group, e.g. as one alternative inside {@link #anyOf}. */
    public AtFilter allOf(Consumer<AtFilter> group) {
        return group("and", group);
    }

    private AtFilter group(String op, Consumer<AtFilter> group) {
        AtFilter inner = new AtFilter(entity);
        group.accept(inner);
        if (inner.items.isEmpty()) {
            return this;
        }
        if ("or".equals(op) && inner.items.size() > MAX_OR_CONDITIONS) {
            throw new IllegalArgumentException("Autotask allows at most " + MAX_OR_CONDITIONS + " OR conditions");
        }
        items.add(Json.createObjectBuilder().add("op", op).add("items", inner.toJson()).build());
        return this;
    }

    /** The filter array of a query body. */
    public JsonArray toJson() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        items.forEach(array::add);
        return array.build();
    }

    private JsonObject condition(String field, AtOp op, Object value) {
        Objects.requireNonNull(op, "op");
        AtFieldType type = entity.type(field).orElseThrow(() -> new IllegalArgumentException(
                "Field " + field + " of " + entity.path() + " is not whitelisted for filters"));
        if (!type.allows(op)) {
            throw new IllegalArgumentException(op.wire() + " is not allowed on " + type + " field " + field);
        }
        JsonObjectBuilder json = Json.createObjectBuilder().add("op", op.wire()).add("field", field);
        if (op.takesNoValue()) {
            if (value != null) {
                throw new IllegalArgumentException(op.wire() + " takes no value");
            }
            return json.build();
        }
        if (op.takesList()) {
            if (!(value instanceof Collection<?> values) || values.isEmpty()) {
                throw new IllegalArgumentException(op.wire() + " on " + field + " needs a non-empty list");
            }
            if (values.size() > MAX_OR_CONDITIONS) {
                throw new IllegalArgumentException("Autotask allows at most " + MAX_OR_CONDITIONS + " values in a list");
            }
            JsonArrayBuilder list = Json.createArrayBuilder();
            for (Object item : values) {
                addTo(list, field, type, item);
            }
            return json.add("value", list).build();
        }
        if (value instanceof Collection<?>) {
            throw new IllegalArgumentException(op.wire() + " on " + field + " takes one value, not a list");
        }
        JsonArrayBuilder single = Json.createArrayBuilder();
        addTo(single, field, type, value);
        return json.add("value", single.build().get(0)).build();
    }

    private static void addTo(JsonArrayBuilder array, String field, AtFieldType type, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("null value for " + field + "; use exist/notExist");
        }
        switch (type) {
            case NUMBER -> {
                if (!(value instanceof Long || value instanceof Integer)) {
                    throw wrong(field, type, value);
                }
                array.add(((Number) value).longValue());
            }
            case TEXT -> {
                if (!(value instanceof String text)) {
                    throw wrong(field, type, value);
                }
                array.add(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
            }
            case BOOLEAN -> {
                if (!(value instanceof Boolean flag)) {
                    throw wrong(field, type, value);
                }
                array.add(flag);
            }
            case DATETIME -> {
                if (!(value instanceof Instant instant)) {
                    throw wrong(field, type, value);
                }
                array.add(instant.truncatedTo(ChronoUnit.SECONDS).toString());
            }
            default -> throw wrong(field, type, value);
        }
    }

    private static IllegalArgumentException wrong(String field, AtFieldType type, Object value) {
        return new IllegalArgumentException(field + " is " + type + ", not " + value.getClass().getSimpleName());
    }

    @Override
    public String toString() {
        return entity.path() + " " + toJson();
    }
}
