package dev.portico.psa.connectwise.contact;

import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaRejectedException;
import dev.portico.psa.PsaRejectedException.FieldProblem;
import dev.portico.psa.PsaScope;
import dev.portico.psa.connectwise.Conditions;
import dev.portico.psa.connectwise.ConnectWiseConnection;
import dev.portico.psa.connectwise.CwMapping;
import dev.portico.psa.connectwise.CwRecord;
import dev.portico.psa.connectwise.rest.CompanyClient;
import dev.portico.psa.connectwise.rest.CwCommunicationItem;
import dev.portico.psa.connectwise.rest.CwContact;
import dev.portico.psa.connectwise.rest.CwListParams;
import dev.portico.psa.connectwise.rest.CwPatchOperation;
import dev.portico.psa.connectwise.rest.CwRef;
import dev.portico.psa.contact.Contact;
import dev.portico.psa.contact.ContactDraft;
import dev.portico.psa.contact.ContactGateway;
import dev.portico.psa.contact.ContactQuery;
import dev.portico.psa.contact.EmailSlot;
import dev.portico.psa.contact.PhoneNumber;
import dev.portico.psa.contact.PhoneSlot;
import dev.portico.psa.contact.PortalAccess;
import dev.portico.psa.reference.SecurityLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Contacts of the caller's companies in ConnectWise. The neutral e-mail and phone slots map onto
 * communication types by configured names ({@code psa.connectwise.contact.email-type.<slot>},
 * {@code psa.connectwise.contact.phone-type.<slot>}); the item ids are kept here, on update. Portal access is
 * {@code disablePortalLoginFlag} plus {@code portalSecurityLevel}.
 */
@ApplicationScoped
public class ConnectWiseContactGateway implements ContactGateway {

    static final String FIELDS = "id,firstName,lastName,title,company,site,inactiveFlag,disablePortalLoginFlag,"
            + "portalSecurityLevel,communicationItems";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s;,\"<>]{1,64}@[^@\\s;,\"<>]{1,190}\\.[A-Za-z]{2,24}");

    private ConnectWiseConnection cw;

    protected ConnectWiseContactGateway() {
    }

    @Inject
    public ConnectWiseContactGateway(ConnectWiseConnection cw) {
        this.cw = cw;
    }

    @Override
    public Page<Contact> search(PsaScope scope, ContactQuery query, PageRequest page) {
        scope.requireAny(Permission.MANAGE_CONTACTS, Permission.VIEW_COMPANY_TICKETS);
        Conditions c = Conditions.scoped(CwRecord.CONTACT, scope);
        if (query.name() != null && !query.name().isBlank()) {
            String text = query.name().strip();
            String capped = text.length() > 50 ? text.substring(0, 50) : text;
            c.anyOf(Conditions.on(CwRecord.CONTACT).contains("firstName", capped),
                    Conditions.on(CwRecord.CONTACT).contains("lastName", capped));
        }
        if (query.siteId() != null) {
            c.is("site/id", query.siteId());
        }
        if (!query.includeInactive()) {
            c.is("inactiveFlag", false);
        }
        CwListParams params = CwListParams.where(c.build()).fields(FIELDS)
                .orderBy(Conditions.orderBy(CwRecord.CONTACT, "lastName", true)).page(page.page() + 1, page.size());
        CompletableFuture<List<Contact>> items = cw.readAsync(() -> company().contacts(params).stream()
                .filter(x -> scope.coversCompany(x.companyId())).map(this::contact).toList());
        CompletableFuture<Long> total = cw.readAsync(() -> company().countContacts(params.forCount()).value());
        return CwMapping.page(items, total, page);
    }

    @Override
    public Contact get(PsaScope scope, long contactId) {
        if (contactId != scope.contactId()) {
            scope.requireAny(Permission.MANAGE_CONTACTS, Permission.VIEW_COMPANY_TICKETS);
        }
        return contact(owned(scope, contactId));
    }

    @Override
    public Contact create(PsaScope scope, ContactDraft draft) {
        scope.require(Permission.MANAGE_CONTACTS);
        validate(scope, draft, true);
        CwContact body = new CwContact(null, draft.firstName().strip(), draft.lastName().strip(),
                CwRef.of(scope.companyId()), CwRef.ofNullable(draft.siteId()), blankToNull(draft.title()), null, null,
                null, null, null, items(draft, List.of()), null);
        return contact(cw.write(() -> company().createContact(body)));
    }

    @Override
    public Contact update(PsaScope scope, long contactId, ContactDraft draft) {
        if (contactId != scope.contactId()) {
            scope.require(Permission.MANAGE_CONTACTS);
        }
        CwContact current = owned(scope, contactId);
        validate(scope, draft, false);
        List<CwPatchOperation> ops = new ArrayList<>();
        ops.add(CwPatchOperation.replace("firstName", draft.firstName().strip()));
        ops.add(CwPatchOperation.replace("lastName", draft.lastName().strip()));
        ops.add(CwPatchOperation.replace("title", draft.title() == null ? "" : draft.title().strip()));
        if (draft.siteId() != null) {
            ops.add(CwPatchOperation.replace("site", Map.of("id", draft.siteId())));
        }
        ops.add(CwPatchOperation.replace("communicationItems", items(draft,
                current.communicationItems() == null ? List.of() : current.communicationItems())));
        return contact(cw.write(() -> cw.raw().patch("/company/contacts/" + contactId, ops, CwContact.class)));
    }

    @Override
    public Contact setPortalAccess(PsaScope scope, long contactId, PortalAccess access) {
        scope.require(Permission.MANAGE_CONTACTS);
        Integer level = null;
        if (!access.level().isNone()) {
            level = cw.lookups().securityLevels().stream()
                    .filter(l -> l.id() != null && String.valueOf(l.id()).equals(access.level().key()))
                    .map(l -> l.id().intValue()).findFirst()
                    .orElseThrow(() -> new PsaRejectedException("Unknown security level", List.of(
                            new FieldProblem("securityLevel", "Choose one of the security levels"))));
        }
        owned(scope, contactId);
        List<CwPatchOperation> ops = new ArrayList<>();
        ops.add(CwPatchOperation.replace("disablePortalLoginFlag", !access.enabled()));
        if (level != null) {
            ops.add(CwPatchOperation.replace("portalSecurityLevel", level));
        }
        return contact(cw.write(() -> cw.raw().patch("/company/contacts/" + contactId, ops, CwContact.class)));
    }

    private CwContact owned(PsaScope scope, long contactId) {
        CwContact found;
        try {
            found = cw.read(() -> company().contact(contactId, FIELDS));
        } catch (PsaNotFoundException e) {
            throw new PsaNotFoundException("Contact");
        }
        if (found == null || !scope.coversCompany(found.companyId())) {
            throw new PsaNotFoundException("Contact");
        }
        return found;
    }

    private void validate(PsaScope scope, ContactDraft draft, boolean creating) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.firstName() == null || draft.firstName().isBlank()) {
            problems.add(new FieldProblem("firstName", "Enter the first name"));
        }
        if (draft.lastName() == null || draft.lastName().isBlank()) {
            problems.add(new FieldProblem("lastName", "Enter the last name"));
        }
        if (creating && draft.emails().isEmpty()) {
            problems.add(new FieldProblem("emails", "Enter an e-mail address"));
        }
        draft.emails().values().stream().filter(e -> !EMAIL.matcher(e).matches())
                .findFirst().ifPresent(e -> problems.add(new FieldProblem("emails", "Not an e-mail address: " + e)));
        if (draft.siteId() != null && cw.lookups().sites(scope.companyId()).stream()
                .noneMatch(s -> s.id() != null && s.id().longValue() == draft.siteId())) {
            problems.add(new FieldProblem("site", "Choose one of your company's sites"));
        }
        if (!problems.isEmpty()) {
            throw new PsaRejectedException("The contact is not complete", problems);
        }
    }

    /**
     * The complete item list for a draft: each slot of the draft replaces the value of the item that holds that
     * slot now (keeping its id and type) or becomes a new item of the slot's configured type; an item holding a
     * slot the draft leaves out is dropped; items that hold no slot are kept as they are.
     */
    private List<CwCommunicationItem> items(ContactDraft draft, List<CwCommunicationItem> current) {
        ContactSlots slots = slots();
        ContactSlots.Assignment now = slots.assign(current);
        List<CwCommunicationItem> items = new ArrayList<>(now.unassigned());
        EmailSlot main = Arrays.stream(EmailSlot.values()).filter(draft.emails()::containsKey).findFirst().orElse(null);
        for (EmailSlot slot : EmailSlot.values()) {
            String address = draft.emails().get(slot);
            if (address == null) {
                continue;
            }
            CwCommunicationItem held = now.emails().get(slot);
            CwRef type = held != null ? held.type() : CwRef.of(typeId(slots.emailType(slot)));
            items.add(new CwCommunicationItem(held == null ? null : held.id(), type, address, null, slot == main,
                    "Email"));
        }
        for (PhoneSlot slot : PhoneSlot.values()) {
            PhoneNumber phone = draft.phones().get(slot);
            if (phone == null) {
                continue;
            }
            CwCommunicationItem held = now.phones().get(slot);
            CwRef type = held != null ? held.type() : CwRef.of(typeId(slots.phoneType(slot)));
            String kind = held != null && held.communicationType() != null ? held.communicationType()
                    : slot == PhoneSlot.FAX ? "Fax" : "Phone";
            items.add(new CwCommunicationItem(held == null ? null : held.id(), type, phone.number(), phone.extension(),
                    held != null ? held.defaultFlag() : Boolean.FALSE, kind));
        }
        return items;
    }

    private long typeId(String name) {
        return cw.lookups().communicationTypeNamed(name).id();
    }

    private ContactSlots slots() {
        return new ContactSlots(cw.mappings().emailTypes(), cw.mappings().phoneTypes());
    }

    Contact contact(CwContact c) {
        return contact(c, slots(), this::levelName);
    }

    /** The caption of a portal security level (cached); the number when ConnectWise has no such level. */
    private String levelName(int level) {
        return cw.lookups().securityLevels().stream().filter(l -> l.id() != null && l.id().intValue() == level)
                .findFirst().map(l -> l.caption() == null || l.caption().isBlank() ? l.captionIdentifier() : l.caption())
                .orElse(null);
    }

    static Contact contact(CwContact c, ContactSlots slots, IntFunction<String> levelNames) {
        ContactSlots.Assignment assigned = slots.assign(c.communicationItems() == null ? List.of() : c.communicationItems());
        Map<EmailSlot, String> emails = new EnumMap<>(EmailSlot.class);
        assigned.emails().forEach((slot, item) -> emails.put(slot, CwMapping.nullToEmpty(item.value())));
        Map<PhoneSlot, PhoneNumber> phones = new EnumMap<>(PhoneSlot.class);
        assigned.phones().forEach((slot, item) -> phones.put(slot, new PhoneNumber(CwMapping.nullToEmpty(item.value()),
                item.extension())));
        SecurityLevel level = c.portalSecurityLevel() == null ? SecurityLevel.none()
                : new SecurityLevel(String.valueOf(c.portalSecurityLevel()), levelNames.apply(c.portalSecurityLevel()));
        return new Contact(c.id(), CwMapping.nullToEmpty(c.firstName()), CwMapping.nullToEmpty(c.lastName()), c.title(),
                CwMapping.ref(c.site()), Boolean.TRUE.equals(c.inactiveFlag()), emails, phones,
                new PortalAccess(!Boolean.TRUE.equals(c.disablePortalLoginFlag()), level));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private CompanyClient company() {
        return cw.client(CompanyClient.class);
    }
}
