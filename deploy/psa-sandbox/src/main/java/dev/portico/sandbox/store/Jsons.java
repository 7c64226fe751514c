package dev.portico.sandbox.store;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * JSON-P helpers shared by the store, the query engine and the seed. The provider is looked up once because
 * {@code Json.createObjectBuilder()} repeats the service lookup on every call, which the seed cannot afford.
 */
public final class Jsons {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsons() {
    }

    public static JsonObjectBuilder obj() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonObjectBuilder obj(JsonObject copyOf) {
        return PROVIDER.createObjectBuilder(copyOf);
    }

    public static JsonArrayBuilder arr() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonValue str(String value) {
        return value == null ? JsonValue.NULL : PROVIDER.createValue(value);
    }

    public static JsonValue num(long value) {
        return PROVIDER.createValue(value);
    }

    public static JsonValue num(BigDecimal value) {
        return PROVIDER.createValue(value);
    }

    public static JsonValue bool(boolean value) {
        return value ? JsonValue.TRUE : JsonValue.FALSE;
    }

    /** Parses a request body; the caller maps the {@link jakarta.json.JsonException} to a 400. */
    public static JsonValue parse(String text) {
        try (JsonReader reader = PROVIDER.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    /** A reference such as {@code {"id":1,"name":"New"}}; extra pairs are name/value alternating. */
    public static JsonObject ref(int id, String name, Object... extra) {
        JsonObjectBuilder b = obj().add("id", id);
        if (name != null) {
            b.add("name", name);
        }
        for (int i = 0; i + 1 < extra.length; i += 2) {
            put(b, (String) extra[i], extra[i + 1]);
        }
        return b.build();
    }

    /** Adds a plain Java value (String, Number, Boolean, JsonValue, Instant); null values are left out, as ConnectWise does. */
    public static JsonObjectBuilder put(JsonObjectBuilder b, String name, Object value) {
        if (value == null) {
            return b;
        }
        if (value instanceof JsonValue v) {
            b.add(name, v);
        } else if (value instanceof String s) {
            b.add(name, s);
        } else if (value instanceof Integer i) {
            b.add(name, i);
        } else if (value instanceof Long l) {
            b.add(name, l);
        } else if (value instanceof BigDecimal d) {
            b.add(name, d);
        } else if (value instanceof Double d) {
            b.add(name, BigDecimal.valueOf(d));
        } else if (value instanceof Boolean bool) {
            b.add(name, bool);
        } else if (value instanceof Instant t) {
            b.add(name, iso(t));
        } else if (value instanceof JsonObjectBuilder ob) {
            b.add(name, ob);
        } else if (value instanceof JsonArrayBuilder ab) {
            b.add(name, ab);
        } else {
            throw new IllegalArgumentException("unsupported JSON value type " + value.getClass());
        }
        return b;
    }

    /** ConnectWise's date format: ISO-8601 UTC with whole seconds, e.g. {@code 2025-01-01T08:30:00Z}. */
    public static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    public static String string(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonString s ? s.getString() : null;
    }

    public static Integer integer(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonNumber n ? n.intValue() : null;
    }

    public static boolean flag(JsonObject o, String name) {
        return JsonValue.TRUE.equals(o.get(name));
    }

    public static JsonObject object(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonObject j ? j : null;
    }

    public static JsonArray array(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonArray a ? a : null;
    }

    /** The {@code id} of a reference field, or null. */
    public static Integer refId(JsonObject o, String name) {
        JsonObject ref = object(o, name);
        return ref == null ? null : integer(ref, "id");
    }

    /** Follows a {@code /}-separated path through nested objects; null when any step is missing or not an object. */
    public static JsonValue at(JsonObject o, String path) {
        JsonValue current = o;
        int start = 0;
        while (true) {
            if (!(current instanceof JsonObject obj)) {
                return null;
            }
            int slash = path.indexOf('/', start);
            String segment = slash < 0 ? path.substring(start) : path.substring(start, slash);
            current = obj.get(segment);
            if (current == null || slash < 0) {
                return current;
            }
            start = slash + 1;
        }
    }

    /** Returns a copy of {@code o} with the top-level pairs replaced or added (a null value removes the pair). */
    public static JsonObject with(JsonObject o, Map<String, ?> changes) {
        JsonObjectBuilder b = obj(o);
        changes.forEach((k, v) -> {
            if (v == null || v == JsonValue.NULL) {
                b.remove(k);
            } else {
                put(b, k, v);
            }
        });
        return b.build();
    }
}
