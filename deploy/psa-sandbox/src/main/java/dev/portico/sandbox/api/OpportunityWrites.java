package dev.portico.sandbox.api;

import dev.portico.sandbox.seed.SeedIds;
import dev.portico.sandbox.store.Jsons;
import dev.portico.sandbox.store.SandboxData;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Opportunity (recommendation) writes: the status change that approves or declines, and notes. */
final class OpportunityWrites {

    private final SandboxData d;
    private final References refs;
    private final Supplier<Instant> clock;

    OpportunityWrites(SandboxData data, Supplier<Instant> clock) {
        this.d = data;
        this.refs = new References(data);
        this.clock = clock;
    }

    /** Applies the operations atomically; a status change also moves the forecast lines to that status. */
    JsonObject patch(int id, JsonValue body) {
        AtomicReference<JsonObject> before = new AtomicReference<>();
        JsonObject updated = d.opportunities.update(id, previous -> {
            before.set(previous);
            return patched(previous, body);
        });
        if (updated == null) {
            throw ApiException.notFound("opportunity", id);
        }
        JsonObject status = updated.getJsonObject("status");
        if (status != null && !status.equals(before.get().get("status"))) {
            for (JsonObject item : d.forecastItems.childrenOf(id)) {
                d.forecastItems.update(item.getInt("id"), i -> Jsons.obj(i).add("status", status).build());
            }
        }
        return updated;
    }

    private JsonObject patched(JsonObject previous, JsonValue body) {
        Patches.Result patched = Patches.apply(previous, body, WritableFields.OPPORTUNITY, Set.of("id", "_info"),
                "opportunity");
        JsonObject r = patched.record();
        Validation val = new Validation("opportunity");
        JsonObjectBuilder b = Jsons.obj(r);
        String name = Jsons.string(r, "name");
        if (name == null || name.isBlank()) {
            val.missing("name");
        } else if (name.length() > 100) {
            val.tooLong("name", 100);
        }
        Integer companyId = Jsons.refId(previous, "company");
        JsonObject status = null;
        if (patched.touched().contains("company")) {
            JsonObject company = refs.company(r.get("company"), val, "company");
            companyId = company == null ? null : company.getInt("id");
            put(b, "company", company);
        }
        if (patched.touched().contains("contact")) {
            put(b, "contact", refs.contact(r.get("contact"), companyId, val, "contact"));
        }
        if (patched.touched().contains("site")) {
            put(b, "site", refs.site(r.get("site"), companyId, val, "site"));
        }
        if (patched.touched().contains("status")) {
            status = refs.opportunityStatus(r.get("status"), val, "status");
            if (status == null && val.ok()) {
                val.missing("status");
            }
            put(b, "status", status);
        }
        val.check();
        Instant now = clock.get();
        if (status != null && !status.equals(previous.get("status"))) {
            JsonObject stored = d.opportunityStatuses.get(status.getInt("id"));
            if (Jsons.flag(stored, "closedFlag")) {
                b.add("closedDate", Jsons.iso(now)).add("closedBy", apiMember());
            } else {
                b.remove("closedDate");
                b.remove("closedBy");
            }
        }
        return b.add("_info", Bodies.touch(previous.getJsonObject("_info"), now)).build();
    }

    private static void put(JsonObjectBuilder b, String field, JsonObject value) {
        if (value == null) {
            b.remove(field);
        } else {
            b.add(field, value);
        }
    }

    private JsonObject apiMember() {
        JsonObject m = d.members.get(SeedIds.API_MEMBER_ID);
        return Jsons.obj().add("id", m.getInt("id")).add("identifier", m.getString("identifier"))
                .add("name", m.getString("name")).build();
    }

    JsonObject addNote(int opportunityId, JsonValue body) {
        Responses.require(d.opportunities, opportunityId);
        JsonObject in = Bodies.object(body, "opportunityNote");
        Validation val = new Validation("opportunityNote");
        String text = Jsons.string(in, "text");
        if (text == null || text.isBlank()) {
            val.missing("text");
        }
        val.check();
        Instant now = clock.get();
        JsonObject type = Jsons.object(in, "type") != null && Jsons.refId(in, "type") != null
                ? Jsons.ref(Jsons.refId(in, "type"), Jsons.string(in.getJsonObject("type"), "name") == null
                        ? "General" : in.getJsonObject("type").getString("name"))
                : Jsons.ref(1, "General");
        JsonObject note = Jsons.obj().add("id", d.opportunityNotes.nextId()).add("opportunityId", opportunityId)
                .add("type", type).add("text", text).add("flagged", Jsons.flag(in, "flagged"))
                .add("enteredBy", SeedIds.API_MEMBER).add("_info", Bodies.info(now, now)).build();
        return d.opportunityNotes.put(note);
    }
}
