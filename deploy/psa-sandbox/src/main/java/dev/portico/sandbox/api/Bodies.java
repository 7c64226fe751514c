package dev.portico.sandbox.api;

import dev.portico.sandbox.seed.SeedIds;
import dev.portico.sandbox.store.Jsons;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** Request-body helpers shared by the write endpoints. */
final class Bodies {

    private Bodies() {
    }

    /** Parses a JSON request body; malformed JSON is a 400 with ConnectWise's error body. */
    static JsonValue parse(String text, String resource) {
        if (text == null || text.isBlank()) {
            throw ApiException.invalid(resource, "InvalidObject", null, "The request body is empty.");
        }
        try {
            return Jsons.parse(text);
        } catch (JsonException | IllegalStateException e) {
            throw ApiException.invalid(resource, "InvalidObject", null, "The request body is not valid JSON.");
        }
    }

    static JsonObject object(JsonValue body, String resource) {
        if (!(body instanceof JsonObject o)) {
            throw ApiException.invalid(resource, "InvalidObject", null, "The request body must be a JSON object.");
        }
        return o;
    }

    /** Keeps the pairs whose names the schema lists, minus the read-only and POST-only ones. */
    static JsonObject keep(JsonObject in, Set<String> allowed, Set<String> readOnly, Set<String> postOnly) {
        JsonObjectBuilder b = Jsons.obj();
        for (Map.Entry<String, JsonValue> e : in.entrySet()) {
            if (allowed.contains(e.getKey()) && !readOnly.contains(e.getKey()) && !postOnly.contains(e.getKey())
                    && e.getValue() != JsonValue.NULL) {
                b.add(e.getKey(), e.getValue());
            }
        }
        return b.build();
    }

    /** {@code _info} of a record written through the API now. */
    static JsonObject info(Instant entered, Instant updated) {
        return Jsons.obj().add("lastUpdated", Jsons.iso(updated)).add("updatedBy", SeedIds.API_MEMBER)
                .add("dateEntered", Jsons.iso(entered)).add("enteredBy", SeedIds.API_MEMBER).build();
    }

    /** {@code _info} after an update: same entry, new lastUpdated. */
    static JsonObject touch(JsonObject info, Instant now) {
        JsonObjectBuilder b = info == null ? Jsons.obj() : Jsons.obj(info);
        return b.add("lastUpdated", Jsons.iso(now)).add("updatedBy", SeedIds.API_MEMBER).build();
    }
}
