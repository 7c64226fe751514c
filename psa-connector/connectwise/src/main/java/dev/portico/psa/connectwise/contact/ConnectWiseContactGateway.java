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
import dev.portico.psa.contact.ContactItem;
import dev.portico.psa.contact.ContactQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Contacts of the caller's company in ConnectWise. A draft's e-mail and phone lists are complete: items
 * left out are removed (fax numbers are kept). Portal access is {@code disablePortalLoginFlag} plus
 * {@code portalSecurityLevel}.
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
                .filter(x -> x.companyId() == scope.companyId()).map(ConnectWiseContactGateway::contact).toList());
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
    public Contact setPortalAccess(PsaScope scope, long contactId, boolean enabled, Integer securityLevel) {
        scope.require(Permission.MANAGE_CONTACTS);
        if (securityLevel != null && (securityLevel < 1 || securityLevel > 6)) {
            throw new PsaRejectedException("Unknown security level", List.of(
                    new FieldProblem("securityLevel", "Choose one of the security levels")));
        }
        owned(scope, contactId);
        List<CwPatchOperation> ops = new ArrayList<>();
        ops.add(CwPatchOperation.replace("disablePortalLoginFlag", !enabled));
        if (securityLevel != null) {
            ops.add(CwPatchOperation.replace("portalSecurityLevel", securityLevel));
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
        if (found == null || found.companyId() != scope.companyId()) {
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
        draft.emails().stream().filter(e -> e.value() == null || !EMAIL.matcher(e.value().strip()).matches())
                .findFirst().ifPresent(e -> problems.add(new FieldProblem("emails", "Not an e-mail address: " + e.value())));
        if (draft.siteId() != null && cw.lookups().sites(scope.companyId()).stream()
                .noneMatch(s -> s.id() != null && s.id().longValue() == draft.siteId())) {
            problems.add(new FieldProblem("site", "Choose one of your company's sites"));
        }
        if (!problems.isEmpty()) {
            throw new PsaRejectedException("The contact is not complete", problems);
        }
    }

    /** The complete item list: the draft's e-mails and phones, plus the current fax numbers. */
    private List<CwCommunicationItem> items(ContactDraft draft, List<CwCommunicationItem> current) {
        List<CwCommunicationItem> items = new ArrayList<>();
        current.stream().filter(i -> "Fax".equalsIgnoreCase(i.communicationType())).forEach(items::add);
        long emailType = cw.lookups().communicationTypeNamed(cw.mappings().emailType()).id();
        boolean firstEmail = true;
        for (ContactItem email : draft.emails()) {
            items.add(new CwCommunicationItem(email.id() > 0 ? email.id() : null, CwRef.of(emailType), email.value().strip(),
                    null, email.primary() || firstEmail && draft.emails().stream().noneMatch(ContactItem::primary), "Email"));
            firstEmail = false;
        }
        if (!draft.phones().isEmpty()) {
            long phoneType = cw.lookups().communicationTypeNamed(cw.mappings().phoneType()).id();
            for (ContactItem phone : draft.phones()) {
                long type = phone.kind() == null || phone.kind().isBlank() ? phoneType
                        : cw.lookups().communicationTypeNamed(phone.kind()).id();
                items.add(new CwCommunicationItem(phone.id() > 0 ? phone.id() : null, CwRef.of(type),
                        phone.value().strip(), blankToNull(phone.extension()), phone.primary(), "Phone"));
            }
        }
        return items;
    }

    static Contact contact(CwContact c) {
        List<CwCommunicationItem> items = c.communicationItems() == null ? List.of() : c.communicationItems();
        return new Contact(c.id(), CwMapping.nullToEmpty(c.firstName()), CwMapping.nullToEmpty(c.lastName()), c.title(),
                CwMapping.ref(c.site()), Boolean.TRUE.equals(c.inactiveFlag()),
                items.stream().filter(CwCommunicationItem::isEmail).map(ConnectWiseContactGateway::item).toList(),
                items.stream().filter(CwCommunicationItem::isPhone).map(ConnectWiseContactGateway::item).toList(),
                !Boolean.TRUE.equals(c.disablePortalLoginFlag()), c.portalSecurityLevel());
    }

    static ContactItem item(CwCommunicationItem i) {
        String kind = i.type() != null && i.type().name() != null ? i.type().name() : i.communicationType();
        return new ContactItem(i.id() == null ? 0 : i.id(), kind, CwMapping.nullToEmpty(i.value()), i.extension(),
                Boolean.TRUE.equals(i.defaultFlag()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private CompanyClient company() {
        return cw.client(CompanyClient.class);
    }
}
