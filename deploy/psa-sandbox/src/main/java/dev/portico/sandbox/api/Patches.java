package dev.portico.sandbox.api;

import dev.portico.sandbox.store.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Applies a ConnectWise PATCH body, an array of {@code {op, path, value}} ({@code PatchOperation}). {@code op} is
 * {@code replace}, {@code add} or {@code remove}; {@code path} is a field name or a nested path such as
 * {@code status/id} (a leading {@code /} is accepted, as in RFC 6902). Unknown and read-only fields are refused.
 */
final class Patches {

    /** The patched record and the top-level fields the operations touched. */
    record Result(JsonObject record, Set<String> touched) {
    }

    private Patches() {
    }

    static Result apply(JsonObject record, JsonValue body, Set<String> allowed, Set<String> readOnly, String resource) {
        if (!(body instanceof JsonArray ops)) {
            throw ApiException.invalid(resource, "InvalidObject", null,
                    "A PATCH body must be an array of {\"op\", \"path\", \"value\"} operations.");
        }
        if (ops.isEmpty()) {
            throw ApiException.invalid(resource, "InvalidObject", null, "The PATCH body has no operations.");
        }
        JsonObject current = record;
        Set<String> touched = new LinkedHashSet<>();
        for (JsonValue v : ops) {
            if (!(v instanceof JsonObject op) || !(op.get("op") instanceof JsonString opName)
                    || !(op.get("path") instanceof JsonString pathValue)) {
                throw ApiException.invalid(resource, "InvalidObject", null,
                        "Every PATCH operation needs string 'op' and 'path' members.");
            }
            String path = pathValue.getString().startsWith("/") ? pathValue.getString().substring(1) : pathValue.getString();
            String[] segments = path.split("/");
            String field = canonical(segments[0], allowed);
            if (path.isBlank() || field == null) {
                throw ApiException.invalid(resource, "InvalidField", pathValue.getString(),
                        "'" + pathValue.getString() + "' is not a field of " + resource + ".");
            }
            if (readOnly.contains(field)) {
                throw ApiException.invalid(resource, "InvalidField", field, "The " + field + " field is read-only.");
            }
            segments[0] = field;
            String name = opName.getString().toLowerCase(Locale.ROOT);
            switch (name) {
                case "replace", "add" -> {
                    if (!op.containsKey("value")) {
                        throw ApiException.invalid(resource, "InvalidObject", field,
                                "The '" + name + "' operation on " + path + " needs a value.");
                    }
                    current = set(current, segments, 0, op.get("value"));
                }
                case "remove" -> current = remove(current, segments, 0);
                default -> throw ApiException.invalid(resource, "InvalidObject", field, "Unknown PATCH operation '"
                        + opName.getString() + "'; use replace, add or remove.");
            }
            touched.add(field);
        }
        return new Result(current, touched);
    }

    private static String canonical(String name, Set<String> allowed) {
        for (String a : allowed) {
            if (a.equalsIgnoreCase(name)) {
                return a;
            }
        }
        return null;
    }

    private static JsonObject set(JsonObject target, String[] path, int index, JsonValue value) {
        JsonObjectBuilder b = Jsons.obj(target);
        if (index == path.length - 1) {
            if (value == JsonValue.NULL) {
                b.remove(path[index]);
            } else {
                b.add(path[index], value);
            }
        } else {
            JsonValue child = target.get(path[index]);
            JsonObject next = child instanceof JsonObject o ? o : Jsons.obj().build();
            b.add(path[index], set(next, path, index + 1, value));
        }
        return b.build();
    }

    private static JsonObject remove(JsonObject target, String[] path, int index) {
        if (index == path.length - 1) {
            return Jsons.obj(target).remove(path[index]).build();
        }
        if (!(target.get(path[index]) instanceof JsonObject child)) {
            return target;
        }
        return Jsons.obj(target).add(path[index], remove(child, path, index + 1)).build();
    }
}
