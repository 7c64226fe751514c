package dev.portico.portal.ticket.create;

import dev.portico.portal.security.CurrentUser;
import dev.portico.portal.shell.Messages;
import dev.portico.portal.ticket.AttachmentStaging;
import dev.portico.portal.ticket.AttachmentUpload;
import dev.portico.portal.ticket.CompanyContacts;
import dev.portico.portal.ticket.TicketConfig;
import dev.portico.portal.ticket.TicketLinks;
import dev.portico.portal.ticket.TicketPages;
import dev.portico.portal.ticket.TicketSettings;
import dev.portico.portal.ticket.list.TicketListParams;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaNotPermittedException;
import dev.portico.psa.PsaRejectedException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.PsaUnavailableException;
import dev.portico.psa.configuration.ConfigurationItem;
import dev.portico.psa.contact.Contact;
import dev.portico.psa.contact.ContactGateway;
import dev.portico.psa.reference.ReferenceDataGateway;
import dev.portico.psa.reference.RequestType;
import dev.portico.psa.reference.Site;
import dev.portico.psa.ticket.Impact;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketGateway;
import dev.portico.psa.ticket.Urgency;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

/**
 * Backs {@code /tickets/new.xhtml}. The idempotency token is made when the form opens and kept in the view:
 * a double click, or a retry after the PSA timed out, returns the ticket already made instead of a second one.
 * When the PSA refuses or cannot be reached, the form keeps everything and says why.
 */
@Named
@ViewScoped
public class NewTicketForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(NewTicketForm.class.getName());

    @Inject
    TicketGateway tickets;

    @Inject
    ReferenceDataGateway reference;

    @Inject
    ContactGateway contactGateway;

    @Inject
    CompanyContacts companyContacts;

    @Inject
    CurrentUser currentUser;

    @Inject
    TicketConfig config;

    @Inject
    FacesContext facesContext;

    private PsaScope scope;
    private final String token = UUID.randomUUID().toString();
    private String siteParam;
    private String typeParam;
    private int step = 1;
    private List<Site> sites = List.of();
    private List<RequestType> requestTypes = List.of();
    private List<Contact> contacts = new ArrayList<>();
    private List<ConfigurationItem> configurationItems = List.of();
    private Long itemsOfSite;
    private final NewTicketDraft draft = new NewTicketDraft();
    private final ContactDraftForm newContact = new ContactDraftForm();
    private final AttachmentStaging staging = new AttachmentStaging();

    @PostConstruct
    void init() {
        scope = currentUser.scope();
    }

    @PreDestroy
    void discardUploads() {
        staging.clear();
    }

    public void onload() {
        if (!scope.may(Permission.CREATE_TICKETS)) {
            TicketPages.notFound(facesContext);
            return;
        }
        sites = reference.sites(scope).stream()
                .sorted(Comparator.comparing(Site::primary).reversed().thenComparing(Site::name)).toList();
        requestTypes = reference.requestTypes();
        TicketListParams.id(siteParam).filter(id -> sites.stream().anyMatch(s -> s.id() == id))
                .ifPresent(draft::setSiteId);
        if (draft.getSiteId() == null && sites.size() == 1) {
            draft.setSiteId(sites.get(0).id());
        }
        requestTypes.stream().filter(t -> t.key().equals(typeParam)).findFirst()
                .ifPresent(t -> draft.setRequestType(t.key()));
        draft.setContactId(scope.contactId());
        loadContacts();
        if (draft.getSiteId() != null && draft.getRequestType() != null) {
            toDetails();
        }
    }

    private void loadContacts() {
        if (isMayChooseContact()) {
            contacts = new ArrayList<>(companyContacts.of(scope).stream().filter(c -> !c.inactive()).toList());
        }
        if (contacts.stream().noneMatch(c -> c.id() == scope.contactId())) {
            contacts.add(0, contactGateway.get(scope, scope.contactId()));
        }
    }

    /** "Continue": step 1 (site and request type) is complete. */
    public void next() {
        toDetails();
    }

    private void toDetails() {
        step = 2;
        if (!getType().requiresConfigurationItem()) {
            draft.setConfigurationItemId(null);
        } else if (!java.util.Objects.equals(draft.getSiteId(), itemsOfSite)) {
            draft.setConfigurationItemId(null);
            configurationItems = reference.configurationItems(scope, draft.getSiteId(), null).stream()
                    .sorted(Comparator.comparing(ConfigurationItem::name)).toList();
            itemsOfSite = draft.getSiteId();
        }
    }

    /** Back to step 1; everything typed stays. */
    public void back() {
        step = 1;
    }

    public void saveAndView() {
        create().ifPresent(ticket -> finish(ticket, links().ticket(ticket.id())));
    }

    public void saveAndClose() {
        create().ifPresent(ticket -> finish(ticket, context() + "/home.xhtml"));
    }

    public void saveAndNew() {
        create().ifPresent(ticket -> finish(ticket, context() + TicketLinks.NEW + "?site=" + draft.getSiteId()));
    }

    public void saveAndAttach() {
        create().ifPresent(ticket -> finish(ticket, links().ticket(ticket.id()) + "&attach=true"));
    }

    private Optional<Ticket> create() {
        RequestType type = getType();
        Ticket created;
        try {
            created = tickets.create(scope, draft.toNewTicket(token, type.asksUrgencyAndImpact(), settings().zone(),
                    Messages::text));
        } catch (PsaNotPermittedException e) {
            Messages.error("ticket.new.notPermitted");
            return failed();
        } catch (PsaRejectedException e) {
            for (PsaRejectedException.FieldProblem problem : e.problems()) {
                NewTicketProblems.clientId(problem).ifPresentOrElse(
                        id -> Messages.errorFor(id, "ticket.problem", problem.message()),
                        () -> Messages.error("ticket.problem", problem.message()));
            }
            Messages.error("ticket.new.refused");
            return failed();
        } catch (PsaUnavailableException e) {
            LOG.log(Level.WARNING, "A new ticket could not be saved because the PSA is not reachable; the form keeps it", e);
            Messages.error("ticket.new.unavailable");
            return failed();
        }
        attachStaged(created);
        return Optional.of(created);
    }

    private Optional<Ticket> failed() {
        facesContext.validationFailed();
        return Optional.empty();
    }

    /** Sends the files chosen on the form; one that fails is reported, the ticket stays created. */
    private void attachStaged(Ticket created) {
        for (AttachmentStaging.Staged staged : staging.pending()) {
            try {
                tickets.attach(scope, created.id(), staging.attachment(staged));
                staging.sent(staged);
            } catch (PsaRejectedException | PsaUnavailableException | java.io.UncheckedIOException e) {
                LOG.log(Level.WARNING, "A file could not be attached to new ticket " + created.id(), e);
                Messages.warn("ticket.new.attachFailed", staged.getFileName());
            }
        }
        staging.clear();
    }

    private void finish(Ticket created, String url) {
        facesContext.getExternalContext().getFlash().setKeepMessages(true);
        Messages.info("ticket.new.created", String.valueOf(created.id()));
        TicketPages.redirect(facesContext, url);
    }

    public void upload(FileUploadEvent event) {
        AttachmentUpload.stage(staging, event, settings());
    }

    public void removeStaged(String stagedId) {
        staging.remove(stagedId);
    }

    /** The inline "add a contact" of administrators; the new contact becomes the ticket's contact. */
    public void addContact() {
        Contact added;
        try {
            added = contactGateway.create(scope, newContact.toDraft(draft.getSiteId()));
        } catch (PsaNotPermittedException e) {
            Messages.error("ticket.new.contact.notPermitted");
            facesContext.validationFailed();
            return;
        } catch (PsaRejectedException e) {
            for (PsaRejectedException.FieldProblem problem : e.problems()) {
                String input = switch (problem.field() == null ? "" : problem.field()) {
                    case "firstName" -> "contact-form:first";
                    case "lastName" -> "contact-form:last";
                    case "emails" -> "contact-form:email";
                    default -> null;
                };
                if (input == null) {
                    Messages.error("ticket.problem", problem.message());
                } else {
                    Messages.errorFor(input, "ticket.problem", problem.message());
                }
            }
            facesContext.validationFailed();
            return;
        }
        companyContacts.changed(scope.companyId());
        contacts.add(added);
        contacts.sort(Comparator.comparing(Contact::displayName));
        draft.setContactId(added.id());
        newContact.reset();
        Messages.info("ticket.new.contact.added", added.displayName());
        PrimeFaces.current().executeScript("PF('contactDialog').hide()");
    }

    public RequestType getType() {
        return requestTypes.stream().filter(t -> t.key().equals(draft.getRequestType())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No request type chosen"));
    }

    public Site getSite() {
        return sites.stream().filter(s -> draft.getSiteId() != null && s.id() == draft.getSiteId()).findFirst()
                .orElse(null);
    }

    public Contact getContact() {
        return contacts.stream().filter(c -> draft.getContactId() != null && c.id() == draft.getContactId()).findFirst()
                .orElse(null);
    }

    /** The contact's first phone number, for the read-only contact details. */
    public String getContactPhone() {
        Contact contact = getContact();
        return contact == null || contact.phone() == null ? "" : contact.phone().number();
    }

    /** Users who see the company's tickets, and administrators, may raise tickets for another contact. */
    public boolean isMayChooseContact() {
        return scope.may(Permission.VIEW_COMPANY_TICKETS) || scope.may(Permission.MANAGE_CONTACTS);
    }

    public boolean isMayAddContact() {
        return scope.may(Permission.MANAGE_CONTACTS);
    }

    public String typeIcon(String key) {
        return switch (key) {
            case "incident" -> "pi pi-exclamation-triangle";
            case "query" -> "pi pi-question-circle";
            case "change-request" -> "pi pi-sync";
            default -> "pi pi-ticket";
        };
    }

    /** A request type's explanation from the text bundle, empty for types without one. */
    public String typeDescription(String key) {
        String text = Messages.text("ticket.type." + key + ".description");
        return text.startsWith("???") ? "" : text;
    }

    public List<Urgency> getUrgencies() {
        return List.of(Urgency.values());
    }

    public List<Impact> getImpacts() {
        return List.of(Impact.values());
    }

    public LocalDate getToday() {
        return LocalDate.now(settings().zone());
    }

    private TicketLinks links() {
        return jakarta.enterprise.inject.spi.CDI.current().select(TicketLinks.class).get();
    }

    private String context() {
        return facesContext.getExternalContext().getRequestContextPath();
    }

    private TicketSettings settings() {
        return config.settings();
    }

    public TicketSettings getSettings() {
        return settings();
    }

    public String getSiteParam() {
        return siteParam;
    }

    public void setSiteParam(String siteParam) {
        this.siteParam = siteParam;
    }

    public String getTypeParam() {
        return typeParam;
    }

    public void setTypeParam(String typeParam) {
        this.typeParam = typeParam;
    }

    public int getStep() {
        return step;
    }

    public List<Site> getSites() {
        return sites;
    }

    public List<RequestType> getRequestTypes() {
        return requestTypes;
    }

    public List<Contact> getContacts() {
        return contacts;
    }

    public List<ConfigurationItem> getConfigurationItems() {
        return configurationItems;
    }

    public NewTicketDraft getDraft() {
        return draft;
    }

    public ContactDraftForm getNewContact() {
        return newContact;
    }

    public AttachmentStaging getStaging() {
        return staging;
    }

    /** The form's idempotency token (rendered for tests and support; it is not a secret). */
    public String getToken() {
        return token;
    }
}
