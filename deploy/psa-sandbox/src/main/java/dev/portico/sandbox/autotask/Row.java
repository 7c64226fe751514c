package dev.portico.sandbox.autotask;

import dev.portico.sandbox.store.Jsons;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;

/** Builds an Autotask record; values that are null are left out (the swagger models declare no nullable fields). */
final class Row {

    private final JsonObjectBuilder b = Jsons.obj();

    Row put(String name, Object value) {
        if (value == null || value == JsonValue.NULL) {
            return this;
        }
        if (value instanceof JsonValue v) {
            b.add(name, v);
        } else if (value instanceof Integer i) {
            b.add(name, i);
        } else if (value instanceof Long l) {
            b.add(name, l);
        } else if (value instanceof BigDecimal d) {
            b.add(name, d);
        } else if (value instanceof Double d) {
            b.add(name, d);
        } else if (value instanceof Boolean x) {
            b.add(name, x);
        } else {
            b.add(name, value.toString());
        }
        return this;
    }

    /** Every field of {@code values} (none when null). */
    Row putAll(JsonObject values) {
        if (values != null) {
            values.forEach(this::put);
        }
        return this;
    }

    JsonObject build() {
        return b.build();
    }

    /** A number field, or the {@code id} of a reference field, of a seeded record. */
    static Integer id(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v instanceof JsonNumber n) {
            return n.intValue();
        }
        if (v instanceof JsonObject ref && ref.get("id") instanceof JsonNumber n) {
            return n.intValue();
        }
        return null;
    }

    /** A string field, or the {@code name} of a reference field, of a seeded record. */
    static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonObject ref && ref.get("name") instanceof JsonString s) {
            return s.getString();
        }
        return null;
    }

    static BigDecimal decimal(JsonObject o, String name) {
        return o.get(name) instanceof JsonNumber n ? n.bigDecimalValue() : null;
    }

    static String info(JsonObject o, String name) {
        JsonValue v = Jsons.at(o, "_info/" + name);
        return v instanceof JsonString s ? s.getString() : null;
    }
}
