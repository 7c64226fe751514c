package dev.portico.psa.autotask.contact;

import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaRejectedException;
import dev.portico.psa.PsaRejectedException.FieldProblem;
import dev.portico.psa.PsaRejectedException.Keys;
import dev.portico.psa.PsaScope;
import dev.portico.psa.Ref;
import dev.portico.psa.autotask.AtJson;
import dev.portico.psa.autotask.AtScoping;
import dev.portico.psa.autotask.AutotaskConnection;
import dev.portico.psa.autotask.query.AtEntity;
import dev.portico.psa.autotask.query.AtFilter;
import dev.portico.psa.autotask.query.AtOp;
import dev.portico.psa.autotask.query.AtQuery;
import dev.portico.psa.contact.Contact;
import dev.portico.psa.contact.ContactDraft;
import dev.portico.psa.contact.ContactGateway;
import dev.portico.psa.contact.ContactQuery;
import dev.portico.psa.contact.EmailSlot;
import dev.portico.psa.contact.PhoneNumber;
import dev.portico.psa.contact.PhoneSlot;
import dev.portico.psa.contact.PortalAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Autotask contacts of the scope's companies. Reads go through {@code /Contacts}; creates and updates only through
 * the company ({@code /Companies/{id}/Contacts}). Slots map onto Autotask's fixed fields: e-mail WORK/HOME/OTHER
 * are {@code emailAddress}/{@code emailAddress2}/{@code emailAddress3}; phone DIRECT is {@code phone} (with
 * {@code extension}), MOBILE {@code mobilePhone}, HOME {@code alternatePhone}, FAX {@code faxNumber}; Autotask
 * has no pager field, so PAGER is neither read nor written. Portal access is the contact's
 * {@code ClientPortalUsers} record; turning it off sets it inactive (Autotask cannot delete it).
 */
@ApplicationScoped
public class AutotaskContactGateway implements ContactGateway {

    static final int NAME_MAX = 50;
    static final int EMAIL_MAX = 254;
    static final List<String> FIELDS = List.of("id", "companyID", "companyLocationID", "firstName", "lastName",
            "title", "isActive", "emailAddress", "emailAddress2", "emailAddress3", "phone", "extension",
            "mobilePhone", "alternatePhone", "faxNumber");

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AutotaskConnection at;

    protected AutotaskContactGateway() {
    }

    public AutotaskContactGateway(AutotaskConnection at) {
        this.at = at;
    }

    private PortalUsers users() {
        return new PortalUsers(at);
    }

    @Override
    public Page<Contact> search(PsaScope scope, ContactQuery query, PageRequest page) {
        scope.requireAny(Permission.MANAGE_CONTACTS, Permission.VIEW_COMPANY_TICKETS);
        AtFilter filter = AtScoping.scoped(AtEntity.CONTACTS, scope);
        if (!query.includeInactive()) {
            filter.eq("isActive", 1L);
        }
        if (query.siteId() != null) {
            filter.eq("companyLocationID", query.siteId());
        }
        if (query.name() != null && !query.name().isBlank()) {
            for (String word : query.name().trim().split("\\s+")) {
                filter.anyOf(any -> any.where("firstName", AtOp.CONTAINS, word).where("lastName", AtOp.CONTAINS, word));
            }
        }
        CompletableFuture<Long> total = at.readAsync(() -> at.count(filter, true));
        List<JsonObject> items = at.page(new AtQuery(filter, Math.min(page.size(), AtQuery.MAX_RECORDS), FIELDS), page,
                true);
        Map<Long, JsonObject> portal = users().of(items.stream().map(i -> AtJson.number(i, "id", 0)).toList());
        List<Contact> contacts = items.stream()
                .map(i -> contact(i, users().access(portal.get(AtJson.number(i, "id", 0))))).toList();
        return new Page<>(contacts, Math.max(AutotaskConnection.join(total), (long) page.page() * page.size()
                + contacts.size()));
    }

    @Override
    public Contact get(PsaScope scope, long contactId) {
        if (contactId != scope.contactId()) {
            scope.requireAny(Permission.MANAGE_CONTACTS, Permission.VIEW_COMPANY_TICKETS);
        }
        JsonObject item = owned(scope, contactId);
        return contact(item, users().access(users().of(contactId).orElse(null)));
    }

    private JsonObject owned(PsaScope scope, long contactId) {
        JsonObject item = at.item(AtEntity.CONTACTS, contactId);
        if (!AtScoping.covers(scope, AtEntity.CONTACTS, item)) {
            throw new PsaNotFoundException("Contact");
        }
        return item;
    }

    @Override
    public Contact create(PsaScope scope, ContactDraft draft) {
        scope.require(Permission.MANAGE_CONTACTS);
        validate(scope, draft);
        JsonObjectBuilder body = fields(draft).add("companyID", scope.companyId()).add("isActive", 1);
        long id = at.createChild(AtEntity.COMPANIES, scope.companyId(), "Contacts", AtEntity.CONTACTS, body.build());
        return get(scope, id);
    }

    @Override
    public Contact update(PsaScope scope, long contactId, ContactDraft draft) {
        if (contactId != scope.contactId()) {
            scope.require(Permission.MANAGE_CONTACTS);
        }
        JsonObject current = owned(scope, contactId);
        validate(scope, draft);
        long company = AtJson.number(current, "companyID", scope.companyId());
        at.patchChild(AtEntity.COMPANIES, company, "Contacts", AtEntity.CONTACTS,
                fields(draft).add("id", contactId).build());
        return get(scope, contactId);
    }

    @Override
    public Contact setPortalAccess(PsaScope scope, long contactId, PortalAccess access) {
        scope.require(Permission.MANAGE_CONTACTS);
        JsonObject contact = owned(scope, contactId);
        Optional<JsonObject> user = users().of(contactId);
        if (user.isPresent()) {
            JsonObjectBuilder patch = Json.createObjectBuilder().add("id", AtJson.number(user.get(), "id", 0))
                    .add("isClientPortalActive", access.enabled());
            if (access.enabled() && !access.level().isNone()) {
                patch.add("securityLevel", level(access));
            }
            at.patch(AtEntity.CLIENT_PORTAL_USERS, patch.build());
        } else if (access.enabled()) {
            String email = AtJson.text(contact, "emailAddress");
            if (email.isBlank()) {
                throw new PsaRejectedException("No e-mail address", List.of(new FieldProblem("email", Keys.REQUIRED,
                        "The contact needs an e-mail address to sign in.", true)));
            }
            at.create(AtEntity.CLIENT_PORTAL_USERS, Json.createObjectBuilder()
                    .add("contactID", contactId)
                    .add("userName", email)
                    .add("password", unusablePassword())
                    .add("securityLevel", access.level().isNone() ? defaultValue("securityLevel") : level(access))
                    .add("isClientPortalActive", true)
                    .add("dateFormat", defaultValue("dateFormat"))
                    .add("numberFormat", defaultValue("numberFormat"))
                    .add("timeFormat", defaultValue("timeFormat"))
                    .build());
        }
        return get(scope, contactId);
    }

    private static long level(PortalAccess access) {
        try {
            return Long.parseLong(access.level().key());
        } catch (NumberFormatException notAutotask) {
            throw new PsaRejectedException("Unknown security level", List.of(new FieldProblem("securityLevel",
                    Keys.CHOOSE, "Choose a security level.", true)));
        }
    }

    /** The picklist's default value of a required ClientPortalUsers field (or its first value). */
    private long defaultValue(String field) {
        List<JsonObject> values = at.picklist(AtEntity.CLIENT_PORTAL_USERS, field);
        return values.stream().filter(v -> v.getBoolean("isDefaultValue", false)).findFirst()
                .or(() -> values.stream().findFirst())
                .map(v -> AtJson.number(v, "value", 1)).orElse(1L);
    }

    /**
     * Autotask requires a password for a new portal user but Portico never uses it (Portico keeps its own
     * credentials): a random one, 40 printable characters without quotes or spaces, never stored.
     */
    static String unusablePassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#$%*+-_=";
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    private void validate(PsaScope scope, ContactDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        name(problems, "firstName", draft.firstName());
        name(problems, "lastName", draft.lastName());
        draft.emails().forEach((slot, address) -> {
            if (address.length() > EMAIL_MAX || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                problems.add(new FieldProblem("emails." + slot.name(), Keys.NOT_EMAIL, "Enter an e-mail address.",
                        true));
            }
        });
        if (draft.siteId() != null) {
            try {
                JsonObject site = at.item(AtEntity.COMPANY_LOCATIONS, draft.siteId());
                if (!scope.coversCompany(AtJson.number(site, "companyID", 0)) || !scope.coversSite(draft.siteId())) {
                    problems.add(new FieldProblem("site", Keys.NOT_OWN, "Choose a site of your company.", true));
                }
            } catch (PsaNotFoundException missing) {
                problems.add(new FieldProblem("site", Keys.NOT_OWN, "Choose a site of your company.", true));
            }
        }
        if (!problems.isEmpty()) {
            throw new PsaRejectedException("The contact form is incomplete", problems);
        }
    }

    private static void name(List<FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, Keys.REQUIRED, "Enter a name.", true));
        } else if (value.length() > NAME_MAX) {
            problems.add(new FieldProblem(field, Keys.TOO_LONG, "At most " + NAME_MAX + " characters.", true));
        }
    }

    /** The draft as Autotask fields; a slot left out is cleared (sent empty). */
    static JsonObjectBuilder fields(ContactDraft draft) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("firstName", draft.firstName().trim())
                .add("lastName", draft.lastName().trim())
                .add("title", draft.title() == null ? "" : draft.title().trim())
                .add("emailAddress", draft.emails().getOrDefault(EmailSlot.WORK, ""))
                .add("emailAddress2", draft.emails().getOrDefault(EmailSlot.HOME, ""))
                .add("emailAddress3", draft.emails().getOrDefault(EmailSlot.OTHER, ""));
        PhoneNumber direct = draft.phones().get(PhoneSlot.DIRECT);
        body.add("phone", direct == null ? "" : direct.number())
                .add("extension", direct == null || direct.extension() == null ? "" : direct.extension())
                .add("mobilePhone", number(draft, PhoneSlot.MOBILE))
                .add("alternatePhone", number(draft, PhoneSlot.HOME))
                .add("faxNumber", number(draft, PhoneSlot.FAX));
        if (draft.siteId() != null) {
            body.add("companyLocationID", draft.siteId());
        }
        return body;
    }

    private static String number(ContactDraft draft, PhoneSlot slot) {
        PhoneNumber phone = draft.phones().get(slot);
        return phone == null ? "" : phone.number();
    }

    /** An Autotask contact as the neutral {@link Contact}. */
    public static Contact contact(JsonObject item, PortalAccess access) {
        Map<EmailSlot, String> emails = new EnumMap<>(EmailSlot.class);
        emails.put(EmailSlot.WORK, AtJson.text(item, "emailAddress"));
        emails.put(EmailSlot.HOME, AtJson.text(item, "emailAddress2"));
        emails.put(EmailSlot.OTHER, AtJson.text(item, "emailAddress3"));
        Map<PhoneSlot, PhoneNumber> phones = new EnumMap<>(PhoneSlot.class);
        put(phones, PhoneSlot.DIRECT, AtJson.text(item, "phone"), AtJson.text(item, "extension"));
        put(phones, PhoneSlot.MOBILE, AtJson.text(item, "mobilePhone"), null);
        put(phones, PhoneSlot.HOME, AtJson.text(item, "alternatePhone"), null);
        put(phones, PhoneSlot.FAX, AtJson.text(item, "faxNumber"), null);
        Long site = AtJson.number(item, "companyLocationID");
        return new Contact(AtJson.number(item, "id", 0), AtJson.text(item, "firstName"), AtJson.text(item, "lastName"),
                AtJson.text(item, "title"), site == null ? null : new Ref(site, ""), !AtJson.flag(item, "isActive"),
                emails, phones, access);
    }

    private static void put(Map<PhoneSlot, PhoneNumber> phones, PhoneSlot slot, String number, String extension) {
        if (!number.isBlank()) {
            phones.put(slot, new PhoneNumber(number, extension));
        }
    }
}
