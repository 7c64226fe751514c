package dev.portico.sandbox.api;

import dev.portico.sandbox.store.Jsons;
import dev.portico.sandbox.store.RecordCollection;
import dev.portico.sandbox.store.SandboxData;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Resolves the references a client writes ({@code {"id":5}} or {@code {"name":"New"}}) into the full references
 * ConnectWise returns ({@code {"id":5,"name":"New","sort":0}}), checking that the target exists and is in scope
 * (a ticket's status on the ticket's board, its contact in the ticket's company).
 */
final class References {

    private final SandboxData d;

    References(SandboxData data) {
        this.d = data;
    }

    JsonObject company(JsonValue v, Validation val, String field) {
        return resolve(v, d.companies, r -> true, r -> Jsons.obj().add("id", r.getInt("id"))
                .add("identifier", r.getString("identifier")).add("name", r.getString("name")).build(), val, field);
    }

    JsonObject site(JsonValue v, Integer companyId, Validation val, String field) {
        return resolve(v, d.sites, inCompany(companyId), r -> Jsons.ref(r.getInt("id"), r.getString("name")), val, field);
    }

    JsonObject contact(JsonValue v, Integer companyId, Validation val, String field) {
        return resolve(v, d.contacts, inCompany(companyId), r -> Jsons.ref(r.getInt("id"), fullName(r)), val, field);
    }

    JsonObject board(JsonValue v, Validation val, String field) {
        return resolve(v, d.boards, r -> true, r -> Jsons.ref(r.getInt("id"), r.getString("name")), val, field);
    }

    JsonObject status(JsonValue v, Integer boardId, Validation val, String field) {
        return resolve(v, d.boardStatuses, onBoard(boardId),
                r -> Jsons.ref(r.getInt("id"), r.getString("name"), "sort", r.getInt("sortOrder")), val, field);
    }

    JsonObject type(JsonValue v, Integer boardId, Validation val, String field) {
        return resolve(v, d.boardTypes, onBoard(boardId), r -> Jsons.ref(r.getInt("id"), r.getString("name")), val, field);
    }

    JsonObject subType(JsonValue v, Integer boardId, Validation val, String field) {
        return resolve(v, d.boardSubTypes, onBoard(boardId), r -> Jsons.ref(r.getInt("id"), r.getString("name")), val, field);
    }

    JsonObject item(JsonValue v, Integer boardId, Validation val, String field) {
        return resolve(v, d.boardItems, onBoard(boardId), r -> Jsons.ref(r.getInt("id"), r.getString("name")), val, field);
    }

    JsonObject priority(JsonValue v, Validation val, String field) {
        return resolve(v, d.priorities, r -> true, r -> Jsons.ref(r.getInt("id"), r.getString("name"),
                "sort", r.getInt("sortOrder"), "level", Jsons.string(r, "level")), val, field);
    }

    JsonObject source(JsonValue v, Validation val, String field) {
        return resolve(v, d.sources, r -> true, r -> Jsons.ref(r.getInt("id"), r.getString("name")), val, field);
    }

    JsonObject member(JsonValue v, Validation val, String field) {
        return resolve(v, d.members, r -> true, r -> Jsons.obj().add("id", r.getInt("id"))
                .add("identifier", r.getString("identifier")).add("name", r.getString("name")).build(), val, field);
    }

    JsonObject agreement(JsonValue v, Integer companyId, Validation val, String field) {
        return resolve(v, d.agreements, inCompany(companyId), r -> Jsons.ref(r.getInt("id"), r.getString("name")), val, field);
    }

    JsonObject opportunityStatus(JsonValue v, Validation val, String field) {
        return resolve(v, d.opportunityStatuses, r -> true, r -> Jsons.ref(r.getInt("id"), r.getString("name")), val, field);
    }

    static String fullName(JsonObject contact) {
        String first = Jsons.string(contact, "firstName");
        String last = Jsons.string(contact, "lastName");
        return ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
    }

    private static Predicate<JsonObject> inCompany(Integer companyId) {
        return r -> companyId == null || companyId.equals(Jsons.refId(r, "company"));
    }

    private static Predicate<JsonObject> onBoard(Integer boardId) {
        return r -> boardId == null || boardId.equals(Jsons.refId(r, "board"));
    }

    /**
     * The full reference for {@code v}, or null (with an error recorded) when {@code v} is malformed, unknown or
     * out of scope. A JSON null or absent value gives null without an error.
     */
    private static JsonObject resolve(JsonValue v, RecordCollection target, Predicate<JsonObject> scope,
                                      Function<JsonObject, JsonObject> toRef, Validation val, String field) {
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonObject ref)) {
            val.invalid(field, "The " + field + " field must be a reference such as {\"id\": 1}.");
            return null;
        }
        JsonValue id = ref.get("id");
        JsonObject found = null;
        String described;
        if (id instanceof JsonNumber n) {
            found = target.get(n.intValue());
            described = "id " + n.intValue();
        } else if (ref.get("name") instanceof JsonString name) {
            described = "name '" + name.getString() + "'";
            for (JsonObject r : target.all()) {
                if (name.getString().equalsIgnoreCase(Jsons.string(r, "name")) && scope.test(r)) {
                    found = r;
                    break;
                }
            }
        } else {
            val.invalid(field, "The " + field + " reference needs an id.");
            return null;
        }
        if (found == null || !scope.test(found)) {
            val.invalid(field, "The " + target.resource() + " with " + described + " was not found"
                    + (found == null ? "." : " for this record."));
            return null;
        }
        return toRef.apply(found);
    }
}
