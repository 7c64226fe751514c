package dev.portico.portal.ticket.create;

import dev.portico.portal.security.CurrentUser;
import dev.portico.portal.shell.Messages;
import dev.portico.portal.ticket.CompanyContacts;
import dev.portico.portal.ticket.ProblemText;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaNotPermittedException;
import dev.portico.psa.PsaRejectedException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.contact.Contact;
import dev.portico.psa.contact.ContactGateway;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.PrimeFaces;

/**
 * The new-ticket form's contact: whom the user may raise the ticket for, the chosen contact's details, and the
 * administrators' inline "add a contact", whose new contact becomes the ticket's contact.
 */
@Named
@ViewScoped
public class NewTicketContacts implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> CONTACT_INPUTS = Map.of("firstName", "contact-form:first",
            "lastName", "contact-form:last", "emails", "contact-form:email");

    @Inject
    NewTicketForm form;

    @Inject
    ContactGateway contactGateway;

    @Inject
    CompanyContacts companyContacts;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext facesContext;

    private PsaScope scope;
    private List<Contact> contacts = new ArrayList<>();
    private final ContactDraftForm newContact = new ContactDraftForm();

    @PostConstruct
    void init() {
        scope = currentUser.scope();
    }

    /** The contacts to choose from; the user themself always among them. */
    public void onload() {
        if (!scope.may(Permission.CREATE_TICKETS) || facesContext.getResponseComplete()) {
            return;
        }
        if (isMayChooseContact()) {
            contacts = new ArrayList<>(companyContacts.of(scope).stream().filter(c -> !c.inactive()).toList());
        }
        if (contacts.stream().noneMatch(c -> c.id() == scope.contactId())) {
            contacts.add(0, contactGateway.get(scope, scope.contactId()));
        }
    }

    public void addContact() {
        NewTicketDraft draft = form.getDraft();
        Contact added;
        try {
            added = contactGateway.create(scope, newContact.toDraft(draft.getSiteId()));
        } catch (PsaNotPermittedException e) {
            Messages.error("ticket.new.contact.notPermitted");
            facesContext.validationFailed();
            return;
        } catch (PsaRejectedException e) {
            for (PsaRejectedException.FieldProblem problem : e.problems()) {
                String text = ProblemText.of(problem, Messages::text);
                Optional.ofNullable(problem.field()).map(CONTACT_INPUTS::get).ifPresentOrElse(
                        input -> Messages.errorFor(input, "ticket.problem", text),
                        () -> Messages.error("ticket.problem", text));
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

    public Contact getContact() {
        Long chosen = form.getDraft().getContactId();
        return contacts.stream().filter(c -> chosen != null && c.id() == chosen).findFirst().orElse(null);
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

    public List<Contact> getContacts() {
        return contacts;
    }

    public ContactDraftForm getNewContact() {
        return newContact;
    }
}
