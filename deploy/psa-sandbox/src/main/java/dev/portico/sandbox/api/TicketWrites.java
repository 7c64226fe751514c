package dev.portico.sandbox.api;

import dev.portico.sandbox.seed.SeedIds;
import dev.portico.sandbox.store.Jsons;
import dev.portico.sandbox.store.RecordCollection;
import dev.portico.sandbox.store.SandboxData;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Service-ticket writes with ConnectWise's rules: references resolved and scoped to the ticket's company and board,
 * the board's default status and the default priority when none is given, {@code closedFlag}/{@code closedDate}
 * following the status, and {@code initialDescription} turned into the first (Discussion) note.
 */
final class TicketWrites {

    static final Set<String> READ_ONLY = Set.of("id", "_info");
    private static final Set<String> POST_ONLY = Set.of("initialDescription", "initialInternalAnalysis",
            "initialResolution", "initialDescriptionFrom", "contactEmailLookup", "processNotifications", "skipCallback");
    private static final Set<String> LEVELS = Set.of("Low", "Medium", "High");
    private static final Set<String> FLAGS = Set.of("allowAllClientsPortalView", "customerUpdatedFlag",
            "automaticEmailContactFlag", "automaticEmailResourceFlag", "automaticEmailCcFlag", "closedFlag", "approved",
            "requestForChangeFlag");
    private static final Map<String, Integer> MAX_LENGTHS = Map.of("summary", 100, "poNumber", 50,
            "externalXRef", 100, "siteName", 50, "contactName", 62, "contactPhoneNumber", 20,
            "contactEmailAddress", 250, "automaticEmailCc", 1000);

    private final SandboxData d;
    private final References refs;
    private final Supplier<Instant> clock;

    TicketWrites(SandboxData data, Supplier<Instant> clock) {
        this.d = data;
        this.refs = new References(data);
        this.clock = clock;
    }

    JsonObject create(JsonValue body) {
        JsonObject in = Bodies.object(body, "ticket");
        Validation val = new Validation("ticket");
        for (String text : POST_ONLY) {
            if (in.containsKey(text) && in.get(text) != JsonValue.NULL && !(in.get(text) instanceof JsonString)
                    && !text.equals("processNotifications") && !text.equals("skipCallback")) {
                val.invalid(text, "The " + text + " field must be a string.");
            }
        }
        JsonObject candidate = Bodies.keep(in, WritableFields.TICKET, READ_ONLY, POST_ONLY);
        JsonObject normalized = normalize(candidate, null, val);
        val.check();
        Instant now = clock.get();
        int id = d.tickets.nextId();
        JsonObject ticket = Jsons.obj().add("id", id).addAll(Jsons.obj(normalized))
                .add("_info", Bodies.info(now, now)).build();
        d.tickets.put(ticket);
        Integer contactId = Jsons.refId(ticket, "contact");
        addInitialNote(id, Jsons.string(in, "initialDescription"), true, false, false, contactId, now);
        addInitialNote(id, Jsons.string(in, "initialInternalAnalysis"), false, true, false, null, now);
        addInitialNote(id, Jsons.string(in, "initialResolution"), false, false, true, null, now);
        return ticket;
    }

    private void addInitialNote(int ticketId, String text, boolean detail, boolean internal, boolean resolution,
                                Integer contactId, Instant now) {
        if (text == null || text.isBlank()) {
            return;
        }
        JsonObjectBuilder b = Jsons.obj().add("id", d.serviceNotes.nextId()).add("ticketId", ticketId)
                .add("text", text).add("detailDescriptionFlag", detail).add("internalAnalysisFlag", internal)
                .add("resolutionFlag", resolution).add("issueFlag", false);
        if (contactId != null && detail) {
            b.add("contact", Jsons.ref(contactId, References.fullName(d.contacts.get(contactId))));
        } else {
            b.add("member", apiMember());
        }
        b.add("customerUpdatedFlag", contactId != null && detail).add("processNotifications", true)
                .add("dateCreated", Jsons.iso(now)).add("createdBy", SeedIds.API_MEMBER)
                .add("internalFlag", internal).add("externalFlag", !internal).add("_info", Bodies.info(now, now));
        d.serviceNotes.put(b.build());
    }

    private JsonObject apiMember() {
        JsonObject m = d.members.get(SeedIds.API_MEMBER_ID);
        return Jsons.obj().add("id", m.getInt("id")).add("identifier", m.getString("identifier"))
                .add("name", m.getString("name")).build();
    }

    /** Applies the operations atomically: the record cannot change between reading and writing it. */
    JsonObject patch(int id, JsonValue body) {
        JsonObject updated = d.tickets.update(id, previous -> patched(id, previous, body));
        if (updated == null) {
            throw ApiException.notFound("ticket", id);
        }
        return updated;
    }

    private JsonObject patched(int id, JsonObject previous, JsonValue body) {
        Patches.Result patched = Patches.apply(previous, body, WritableFields.TICKET, READ_ONLY, "ticket");
        for (String field : patched.touched()) {
            if (POST_ONLY.contains(field)) {
                throw ApiException.invalid("ticket", "InvalidField", field, "The " + field + " field can only be set on POST.");
            }
        }
        Validation val = new Validation("ticket");
        JsonObject candidate = Bodies.keep(patched.record(), WritableFields.TICKET, READ_ONLY, POST_ONLY);
        JsonObject normalized = normalize(candidate, previous, val);
        val.check();
        JsonObject info = Bodies.touch(previous.getJsonObject("_info"), clock.get());
        return Jsons.obj().add("id", id).addAll(Jsons.obj(normalized)).add("_info", info).build();
    }

    /** Resolves references, fills defaults and derived fields; records problems in {@code val}. */
    private JsonObject normalize(JsonObject in, JsonObject previous, Validation val) {
        Map<String, JsonValue> out = new LinkedHashMap<>(in);
        String summary = Jsons.string(in, "summary");
        if (summary == null || summary.isBlank()) {
            val.missing("summary");
        }
        MAX_LENGTHS.forEach((field, max) -> {
            JsonValue v = in.get(field);
            if (v != null && v != JsonValue.NULL && !(v instanceof JsonString)) {
                val.invalid(field, "The " + field + " field must be a string.");
            } else if (v instanceof JsonString s && s.getString().length() > max) {
                val.tooLong(field, max);
            }
        });
        for (String flag : FLAGS) {
            JsonValue v = in.get(flag);
            if (v != null && v != JsonValue.TRUE && v != JsonValue.FALSE && v != JsonValue.NULL
                    && v.getValueType() != JsonValue.ValueType.TRUE && v.getValueType() != JsonValue.ValueType.FALSE) {
                val.invalid(flag, "The " + flag + " field must be true or false.");
            }
        }

        JsonObject company = refs.company(in.get("company"), val, "company");
        if (company == null && !in.containsKey("company")) {
            val.missing("company");
        }
        out.put("company", company);
        Integer companyId = company == null ? null : company.getInt("id");

        JsonObject board = in.containsKey("board") ? refs.board(in.get("board"), val, "board")
                : Jsons.ref(SeedIds.HELP_DESK_BOARD, d.boards.get(SeedIds.HELP_DESK_BOARD).getString("name"));
        out.put("board", board);
        Integer boardId = board == null ? null : board.getInt("id");

        JsonObject status = in.get("status") instanceof JsonObject ? refs.status(in.get("status"), boardId, val, "status")
                : defaultStatus(boardId);
        out.put("status", status);
        JsonObject type = refs.type(in.get("type"), boardId, val, "type");
        JsonObject subType = refs.subType(in.get("subType"), boardId, val, "subType");
        if (type != null && subType != null) {
            JsonObject stored = d.boardSubTypes.get(subType.getInt("id"));
            boolean associated = stored.getJsonArray("typeAssociationIds").getValuesAs(JsonNumber.class)
                    .stream().anyMatch(n -> n.intValue() == type.getInt("id"));
            if (!associated) {
                val.invalid("subType", "The subtype " + subType.getString("name") + " is not valid for the type "
                        + type.getString("name") + ".");
            }
        }
        out.put("type", type);
        out.put("subType", subType);
        out.put("item", refs.item(in.get("item"), boardId, val, "item"));

        JsonObject site = in.containsKey("site") ? refs.site(in.get("site"), companyId, val, "site")
                : (companyId == null ? null : Jsons.object(d.companies.get(companyId), "site"));
        out.put("site", site);
        boolean siteChanged = site != null && (previous == null || !site.equals(previous.get("site")));
        if (siteChanged) {
            JsonObject stored = d.sites.get(site.getInt("id"));
            out.put("siteName", Jsons.str(stored.getString("name")));
            out.put("addressLine1", Jsons.str(Jsons.string(stored, "addressLine1")));
            out.put("city", Jsons.str(Jsons.string(stored, "city")));
            out.put("stateIdentifier", Jsons.str(Jsons.string(stored.getJsonObject("stateReference"), "identifier")));
            out.put("zip", Jsons.str(Jsons.string(stored, "zip")));
        } else if (site == null) {
            for (String f : new String[] {"siteName", "addressLine1", "city", "stateIdentifier", "zip"}) {
                out.remove(f);
            }
        }

        JsonObject contact = refs.contact(in.get("contact"), companyId, val, "contact");
        out.put("contact", contact);
        boolean contactChanged = previous == null || (contact == null ? previous.containsKey("contact")
                : !contact.equals(previous.get("contact")));
        if (contact != null && contactChanged) {
            JsonObject stored = d.contacts.get(contact.getInt("id"));
            out.put("contactName", Jsons.str(References.fullName(stored)));
            out.put("contactPhoneNumber", Jsons.str(Jsons.string(stored, "defaultPhoneNbr")));
            out.put("contactEmailAddress", Jsons.str(ContactWrites.email(stored)));
        } else if (contact == null && contactChanged) {
            out.remove("contactName");
            out.remove("contactPhoneNumber");
            out.remove("contactEmailAddress");
        }

        out.put("priority", in.get("priority") instanceof JsonObject ? refs.priority(in.get("priority"), val, "priority")
                : defaultPriority());
        out.put("source", refs.source(in.get("source"), val, "source"));
        out.put("owner", refs.member(in.get("owner"), val, "owner"));
        out.put("agreement", refs.agreement(in.get("agreement"), companyId, val, "agreement"));
        for (String level : new String[] {"severity", "impact"}) {
            JsonValue v = in.get(level);
            if (v == null || v == JsonValue.NULL) {
                out.put(level, Jsons.str("Medium"));
            } else if (!(v instanceof JsonString s) || !LEVELS.contains(s.getString())) {
                val.invalid(level, "The " + level + " field must be Low, Medium or High.");
            }
        }
        JsonValue required = in.get("requiredDate");
        if (required instanceof JsonString s) {
            try {
                out.put("requiredDate", Jsons.str(Jsons.iso(OffsetDateTime.parse(s.getString()).toInstant())));
            } catch (DateTimeParseException e) {
                val.invalid("requiredDate", "The requiredDate field must be a date such as 2025-07-01T00:00:00Z.");
            }
        } else if (required != null && required != JsonValue.NULL) {
            val.invalid("requiredDate", "The requiredDate field must be a date such as 2025-07-01T00:00:00Z.");
        }

        out.put("recordType", Jsons.str("ServiceTicket"));
        closure(out, status, previous);
        for (String flag : new String[] {"allowAllClientsPortalView", "customerUpdatedFlag", "approved"}) {
            out.putIfAbsent(flag, JsonValue.FALSE);
        }
        out.putIfAbsent("automaticEmailContactFlag", JsonValue.FALSE);
        out.putIfAbsent("automaticEmailResourceFlag", JsonValue.FALSE);
        out.putIfAbsent("automaticEmailCcFlag", JsonValue.FALSE);
        out.putIfAbsent("hasChildTicket", JsonValue.FALSE);
        JsonObjectBuilder b = Jsons.obj();
        out.forEach((k, v) -> {
            if (v != null && v != JsonValue.NULL) {
                b.add(k, v);
            }
        });
        return b.build();
    }

    /** closedFlag, closedDate, closedBy and dateResolved follow the status's closedStatus. */
    private void closure(Map<String, JsonValue> out, JsonObject status, JsonObject previous) {
        if (status == null) {
            return;
        }
        boolean closed = Jsons.flag(d.boardStatuses.get(status.getInt("id")), "closedStatus");
        boolean wasClosed = previous != null && Jsons.flag(previous, "closedFlag");
        out.put("closedFlag", Jsons.bool(closed));
        if (closed && !wasClosed) {
            String now = Jsons.iso(clock.get());
            out.put("closedDate", Jsons.str(now));
            out.put("closedBy", Jsons.str(SeedIds.API_MEMBER));
            out.put("dateResolved", Jsons.str(now));
        } else if (!closed) {
            out.remove("closedDate");
            out.remove("closedBy");
            out.remove("dateResolved");
        }
    }

    private JsonObject defaultStatus(Integer boardId) {
        if (boardId == null) {
            return null;
        }
        for (JsonObject s : d.boardStatuses.all()) {
            if (boardId.equals(Jsons.refId(s, "board")) && Jsons.flag(s, "defaultFlag")) {
                return Jsons.ref(s.getInt("id"), s.getString("name"), "sort", s.getInt("sortOrder"));
            }
        }
        return null;
    }

    private JsonObject defaultPriority() {
        for (JsonObject p : d.priorities.all()) {
            if (Jsons.flag(p, "defaultFlag")) {
                return Jsons.ref(p.getInt("id"), p.getString("name"), "sort", p.getInt("sortOrder"),
                        "level", Jsons.string(p, "level"));
            }
        }
        return null;
    }

    /** Adds a note to a service ticket ({@code ServiceNote}) or project ticket ({@code TicketNote}). */
    JsonObject addNote(RecordCollection tickets, RecordCollection notes, int ticketId, JsonValue body, boolean service) {
        JsonObject ticket = tickets.get(ticketId);
        if (ticket == null) {
            throw ApiException.notFound(service ? "ticket" : "projectTicket", ticketId);
        }
        String resource = service ? "serviceNote" : "ticketNote";
        JsonObject in = Bodies.object(body, resource);
        Validation val = new Validation(resource);
        String text = Jsons.string(in, "text");
        if (text == null || text.isBlank()) {
            val.missing("text");
        }
        boolean detail = Jsons.flag(in, "detailDescriptionFlag");
        boolean internal = Jsons.flag(in, "internalAnalysisFlag");
        boolean resolution = Jsons.flag(in, "resolutionFlag");
        if (!detail && !internal && !resolution) {
            val.invalid("detailDescriptionFlag", "At least one of detailDescriptionFlag, internalAnalysisFlag or "
                    + "resolutionFlag must be true.");
        }
        Integer companyId = Jsons.refId(ticket, "company");
        JsonObject contact = refs.contact(in.get("contact"), companyId, val, "contact");
        JsonObject member = refs.member(in.get("member"), val, "member");
        val.check();
        Instant now = clock.get();
        JsonObjectBuilder b = Jsons.obj().add("id", notes.nextId()).add("ticketId", ticketId).add("text", text)
                .add("detailDescriptionFlag", detail).add("internalAnalysisFlag", internal)
                .add("resolutionFlag", resolution).add("issueFlag", Jsons.flag(in, "issueFlag"));
        if (member != null || contact == null) {
            b.add("member", member != null ? member : apiMember());
        }
        if (contact != null) {
            b.add("contact", contact);
        }
        boolean customerUpdated = Jsons.flag(in, "customerUpdatedFlag");
        b.add("customerUpdatedFlag", customerUpdated)
                .add("processNotifications", !JsonValue.FALSE.equals(in.get("processNotifications")));
        if (service) {
            b.add("dateCreated", Jsons.iso(now)).add("createdBy", SeedIds.API_MEMBER);
        }
        b.add("internalFlag", internal).add("externalFlag", !internal).add("_info", Bodies.info(now, now));
        JsonObject note = notes.put(b.build());
        tickets.update(ticketId, t -> {
            JsonObjectBuilder tb = Jsons.obj(t).add("_info", Bodies.touch(t.getJsonObject("_info"), now));
            if (customerUpdated) {
                tb.add("customerUpdatedFlag", true);
            }
            return tb.build();
        });
        return note;
    }

    /** Links a configuration ({@code {"id": n}}) to a ticket; answers the {@code ConfigurationReference}. */
    JsonObject linkConfiguration(int ticketId, JsonValue body) {
        if (d.tickets.get(ticketId) == null) {
            throw ApiException.notFound("ticket", ticketId);
        }
        JsonObject in = Bodies.object(body, "configurationReference");
        Integer configurationId = Jsons.integer(in, "id");
        if (configurationId == null) {
            throw ApiException.invalid("configurationReference", "MissingRequiredField", "id", "The id field is required.");
        }
        JsonObject configuration = d.configurations.get(configurationId);
        if (configuration == null) {
            throw ApiException.invalid("configurationReference", "InvalidField", "id",
                    "The configuration with id " + configurationId + " was not found.");
        }
        synchronized (d.ticketConfigurations) {
            boolean linked = d.ticketConfigurations.childrenOf(ticketId).stream()
                    .anyMatch(l -> l.getInt("configurationId") == configurationId);
            if (linked) {
                throw new ApiException(409, "Conflict", "Configuration " + configurationId
                        + " is already attached to ticket " + ticketId + ".", List.of());
            }
            d.ticketConfigurations.put(Jsons.obj().add("id", d.ticketConfigurations.nextId()).add("ticketId", ticketId)
                    .add("configurationId", configurationId).build());
        }
        return configurationReference(configuration);
    }

    static JsonObject configurationReference(JsonObject configuration) {
        return Jsons.obj().add("id", configuration.getInt("id"))
                .add("deviceIdentifier", String.valueOf(Jsons.string(configuration, "deviceIdentifier")))
                .add("_info", Jsons.obj().add("configuration_href", "/company/configurations/" + configuration.getInt("id")))
                .build();
    }
}
