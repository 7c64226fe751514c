package dev.portico.sandbox.api;

import dev.portico.sandbox.seed.Seeder;
import dev.portico.sandbox.store.Jsons;
import dev.portico.sandbox.store.SandboxData;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Contact writes, their e-mail and phone items, and the portal log-in calls. The portal password is kept apart
 * from the record (ConnectWise accepts {@code portalPassword} but never returns it).
 */
final class ContactWrites {

    static final Set<String> READ_ONLY = Set.of("id", "_info");
    private static final Set<String> POST_ONLY = Set.of("typeIds", "ignoreDuplicates");
    private static final String[][] COMMUNICATION_TYPES = {
            {"1", "Email", "Email"}, {"2", "Direct", "Phone"}, {"3", "Mobile", "Phone"}, {"4", "Fax", "Fax"},
            {"5", "Home", "Phone"}, {"6", "Pager", "Phone"}, {"7", "Home Email", "Email"}, {"8", "Other Email", "Email"}};
    private static final String[] LEVEL_COLUMNS = {"levelOne", "levelTwo", "levelThree", "levelFour", "levelFive",
            "levelSix"};
    private static final AtomicInteger COMMUNICATION_IDS = new AtomicInteger(100_000);

    private final SandboxData d;
    private final References refs;
    private final Supplier<Instant> clock;

    ContactWrites(SandboxData data, Supplier<Instant> clock) {
        this.d = data;
        this.refs = new References(data);
        this.clock = clock;
    }

    /** The contact's default e-mail address, or its first one. */
    static String email(JsonObject contact) {
        JsonArray items = Jsons.array(contact, "communicationItems");
        String first = null;
        if (items != null) {
            for (JsonObject i : items.getValuesAs(JsonObject.class)) {
                if ("Email".equals(Jsons.string(i, "communicationType"))) {
                    if (Jsons.flag(i, "defaultFlag")) {
                        return Jsons.string(i, "value");
                    }
                    first = first == null ? Jsons.string(i, "value") : first;
                }
            }
        }
        return first;
    }

    JsonObject create(JsonValue body) {
        JsonObject in = Bodies.object(body, "contact");
        Validation val = new Validation("contact");
        String password = password(in.get("portalPassword"), val);
        JsonObject normalized = normalize(Bodies.keep(in, WritableFields.CONTACT, READ_ONLY, Set.of()), null, val);
        val.check();
        Instant now = clock.get();
        int id = d.contacts.nextId();
        JsonObject contact = d.contacts.put(Jsons.obj().add("id", id).addAll(Jsons.obj(normalized))
                .add("_info", Bodies.info(now, now)).build());
        if (password != null) {
            d.portalPasswords.put(id, password);
        }
        return contact;
    }

    JsonObject replace(int id, JsonValue body) {
        JsonObject in = Bodies.object(body, "contact");
        return store(id, previous -> {
            Validation val = new Validation("contact");
            String password = password(in.get("portalPassword"), val);
            JsonObject normalized = normalize(Bodies.keep(in, WritableFields.CONTACT, READ_ONLY, POST_ONLY), previous, val);
            val.check();
            return new Write(normalized, password);
        });
    }

    JsonObject patch(int id, JsonValue body) {
        return store(id, previous -> {
            Patches.Result patched = Patches.apply(previous, body, WritableFields.CONTACT, READ_ONLY, "contact");
            Validation val = new Validation("contact");
            boolean passwordTouched = patched.touched().contains("portalPassword");
            String password = passwordTouched ? password(patched.record().get("portalPassword"), val) : null;
            if (passwordTouched && password == null && val.ok()) {
                val.missing("portalPassword");
            }
            JsonObject normalized = normalize(Bodies.keep(patched.record(), WritableFields.CONTACT, READ_ONLY,
                    POST_ONLY), previous, val);
            val.check();
            return new Write(normalized, password);
        });
    }

    /** A computed contact write: the normalized record and the new portal password, if any. */
    private record Write(JsonObject normalized, String password) {
    }

    /** Applies {@code change} atomically to the stored contact, then records the password it carried. */
    private JsonObject store(int id, Function<JsonObject, Write> change) {
        AtomicReference<String> password = new AtomicReference<>();
        JsonObject stored = d.contacts.update(id, previous -> {
            Write w = change.apply(previous);
            password.set(w.password());
            JsonObject info = Bodies.touch(previous.getJsonObject("_info"), clock.get());
            return Jsons.obj().add("id", id).addAll(Jsons.obj(w.normalized())).add("_info", info).build();
        });
        if (stored == null) {
            throw ApiException.notFound("contact", id);
        }
        if (password.get() != null) {
            d.portalPasswords.put(id, password.get());
        }
        return stored;
    }

    private JsonObject existing(int id) {
        JsonObject c = d.contacts.get(id);
        if (c == null) {
            throw ApiException.notFound("contact", id);
        }
        return c;
    }

    private static String password(JsonValue v, Validation val) {
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s) || s.getString().isBlank()) {
            val.invalid("portalPassword", "The portalPassword field must be a non-empty string.");
            return null;
        }
        if (s.getString().length() > 50) {
            val.tooLong("portalPassword", 50);
            return null;
        }
        return s.getString();
    }

    private JsonObject normalize(JsonObject in, JsonObject previous, Validation val) {
        Map<String, JsonValue> out = new LinkedHashMap<>(in);
        out.remove("portalPassword");
        String first = Jsons.string(in, "firstName");
        if (first == null || first.isBlank()) {
            val.missing("firstName");
        } else if (first.length() > 30) {
            val.tooLong("firstName", 30);
        }
        String last = Jsons.string(in, "lastName");
        if (last != null && last.length() > 60) {
            val.tooLong("lastName", 60);
        }
        JsonObject company = refs.company(in.get("company"), val, "company");
        if (company == null && !in.containsKey("company")) {
            val.missing("company");
        }
        out.put("company", company);
        Integer companyId = company == null ? null : company.getInt("id");
        out.put("site", refs.site(in.get("site"), companyId, val, "site"));
        JsonValue level = in.get("portalSecurityLevel");
        if (level == null || level == JsonValue.NULL) {
            out.put("portalSecurityLevel", Jsons.num(defaultLevel()));
        } else if (!(level instanceof JsonNumber n) || !n.isIntegral() || n.intValue() < 1 || n.intValue() > 6) {
            val.invalid("portalSecurityLevel", "The portalSecurityLevel field must be a whole number from 1 to 6.");
        }
        for (String flag : new String[] {"inactiveFlag", "disablePortalLoginFlag", "unsubscribeFlag", "defaultFlag",
                "defaultBillingFlag"}) {
            JsonValue v = in.get(flag);
            if (v == null) {
                out.put(flag, JsonValue.FALSE);
            } else if (v.getValueType() != JsonValue.ValueType.TRUE && v.getValueType() != JsonValue.ValueType.FALSE) {
                val.invalid(flag, "The " + flag + " field must be true or false.");
            }
        }
        JsonValue items = in.get("communicationItems");
        if (items != null && !(items instanceof JsonArray)) {
            val.invalid("communicationItems", "The communicationItems field must be a list.");
        } else if (items != null) {
            JsonArrayBuilder normalized = Jsons.arr();
            int index = 0;
            for (JsonValue item : (JsonArray) items) {
                JsonObject n = communicationItem(item, val, "communicationItems/" + index++, true);
                if (n != null) {
                    normalized.add(n);
                }
            }
            JsonArray built = normalized.build();
            out.put("communicationItems", built);
            if (!in.containsKey("defaultPhoneNbr")) {
                built.getValuesAs(JsonObject.class).stream()
                        .filter(i -> "Phone".equals(Jsons.string(i, "communicationType"))).findFirst()
                        .ifPresent(i -> out.put("defaultPhoneNbr", Jsons.str(Jsons.string(i, "value"))));
            }
        } else {
            out.put("communicationItems", Jsons.arr().build());
        }
        JsonObjectBuilder b = Jsons.obj();
        out.forEach((k, v) -> {
            if (v != null && v != JsonValue.NULL) {
                b.add(k, v);
            }
        });
        return b.build();
    }

    private int defaultLevel() {
        for (JsonObject l : d.portalSecurityLevels.all()) {
            if (Jsons.flag(l, "isDefaultFlag")) {
                return l.getInt("id");
            }
        }
        return 1;
    }

    /** A normalized {@code ContactCommunicationItem}; null (with an error recorded) when invalid. */
    private static JsonObject communicationItem(JsonValue v, Validation val, String field, boolean keepId) {
        if (!(v instanceof JsonObject item)) {
            val.invalid(field, "Each communication item must be an object.");
            return null;
        }
        String value = Jsons.string(item, "value");
        if (value == null || value.isBlank()) {
            val.missing(field + "/value");
            return null;
        }
        if (value.length() > 250) {
            val.tooLong(field + "/value", 250);
            return null;
        }
        String[] type = null;
        Integer typeId = Jsons.refId(item, "type");
        String typeName = Jsons.object(item, "type") != null ? Jsons.string(item.getJsonObject("type"), "name") : null;
        String kind = Jsons.string(item, "communicationType");
        for (String[] t : COMMUNICATION_TYPES) {
            if ((typeId != null && Integer.parseInt(t[0]) == typeId) || (typeId == null && t[1].equalsIgnoreCase(typeName))
                    || (typeId == null && typeName == null && t[2].equalsIgnoreCase(kind))) {
                type = t;
                break;
            }
        }
        if (type == null) {
            val.invalid(field + "/type", "The communication type is unknown; use 1 Email, 2 Direct, 3 Mobile, 4 Fax, 5 Home, 6 Pager, 7 Home Email or 8 Other Email.");
            return null;
        }
        Integer id = keepId ? Jsons.integer(item, "id") : null;
        JsonObject built = Seeder.communication(id != null ? id : COMMUNICATION_IDS.incrementAndGet(),
                Integer.parseInt(type[0]), type[1], value.trim(), Jsons.flag(item, "defaultFlag"), type[2]);
        String extension = Jsons.string(item, "extension");
        return extension == null ? built : Jsons.obj(built).add("extension", extension).build();
    }

    /** {@code GET /company/contacts/{parentId}/communications}: the items as {@code ContactCommunication}s. */
    List<JsonObject> communications(int contactId) {
        JsonObject contact = existing(contactId);
        List<JsonObject> list = new ArrayList<>();
        JsonArray items = Jsons.array(contact, "communicationItems");
        if (items != null) {
            for (JsonObject i : items.getValuesAs(JsonObject.class)) {
                list.add(Jsons.obj().add("id", i.getInt("id")).add("contactId", contactId).addAll(Jsons.obj(i)
                        .remove("id")).add("_info", contact.getJsonObject("_info")).build());
            }
        }
        return list;
    }

    /** {@code POST /company/contacts/{parentId}/communications}. */
    JsonObject addCommunication(int contactId, JsonValue body) {
        existing(contactId);
        JsonObject in = Bodies.object(body, "contactCommunication");
        Validation val = new Validation("contactCommunication");
        if (Jsons.object(in, "type") == null) {
            val.missing("type");
        }
        JsonObject item = communicationItem(in, val, "communication", false);
        val.check();
        Instant now = clock.get();
        d.contacts.update(contactId, c -> {
            JsonArrayBuilder items = Jsons.arr();
            JsonArray existing = Jsons.array(c, "communicationItems");
            if (existing != null) {
                for (JsonObject i : existing.getValuesAs(JsonObject.class)) {
                    boolean sameKind = item.getString("communicationType").equals(Jsons.string(i, "communicationType"));
                    items.add(Jsons.flag(item, "defaultFlag") && sameKind ? Jsons.obj(i).add("defaultFlag", false).build() : i);
                }
            }
            items.add(item);
            return Jsons.obj(c).add("communicationItems", items)
                    .add("_info", Bodies.touch(c.getJsonObject("_info"), now)).build();
        });
        return communications(contactId).stream().filter(c -> c.getInt("id") == item.getInt("id")).findFirst()
                .orElseThrow();
    }

    /** {@code POST /company/contacts/validatePortalCredentials}: success for the right password, whatever the flags. */
    JsonObject validate(JsonValue body) {
        JsonObject in = Bodies.object(body, "validatePortalRequest");
        Validation val = new Validation("validatePortalRequest");
        String email = Jsons.string(in, "email");
        String password = Jsons.string(in, "password");
        if (email == null || email.isBlank()) {
            val.missing("email");
        }
        if (password == null) {
            val.missing("password");
        }
        val.check();
        for (JsonObject contact : contactsWithEmail(email)) {
            int id = contact.getInt("id");
            if (password.equals(d.portalPasswords.get(id))) {
                return Jsons.obj().add("success", true).add("contactId", id).build();
            }
        }
        return Jsons.obj().add("success", false).add("contactId", 0).build();
    }

    /** The contact id for a password request, or null when the e-mail is unknown (the answer is the same). */
    Integer requestPassword(JsonValue body) {
        JsonObject in = Bodies.object(body, "requestPasswordRequest");
        String email = Jsons.string(in, "email");
        if (email == null || email.isBlank()) {
            throw ApiException.invalid("requestPasswordRequest", "MissingRequiredField", "email",
                    "The email field is required.");
        }
        List<JsonObject> matches = contactsWithEmail(email);
        return matches.isEmpty() ? null : matches.get(0).getInt("id");
    }

    private List<JsonObject> contactsWithEmail(String email) {
        String wanted = email.trim().toLowerCase(Locale.ROOT);
        List<JsonObject> found = new ArrayList<>();
        for (JsonObject contact : d.contacts.all()) {
            JsonArray items = Jsons.array(contact, "communicationItems");
            if (items != null && items.getValuesAs(JsonObject.class).stream()
                    .anyMatch(i -> "Email".equals(Jsons.string(i, "communicationType"))
                            && wanted.equals(String.valueOf(Jsons.string(i, "value")).toLowerCase(Locale.ROOT)))) {
                found.add(contact);
            }
        }
        return found;
    }

    /** {@code GET /company/contacts/{id}/portalSecurity}: the portal functions the contact's level grants. */
    JsonArray portalSecurity(int contactId) {
        JsonObject contact = existing(contactId);
        Integer level = Jsons.integer(contact, "portalSecurityLevel");
        JsonArrayBuilder list = Jsons.arr();
        for (JsonObject setting : d.portalSecuritySettings.all()) {
            boolean enabled = level != null && level >= 1 && level <= 6 && Jsons.flag(setting, LEVEL_COLUMNS[level - 1]);
            list.add(Jsons.obj().add("identifier", setting.getString("functionIdentifier")).add("enabled", enabled));
        }
        return list.build();
    }
}
