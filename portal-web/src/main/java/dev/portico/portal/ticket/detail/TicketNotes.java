package dev.portico.portal.ticket.detail;

import dev.portico.portal.shell.Messages;
import dev.portico.portal.ticket.EmailList;
import dev.portico.portal.ticket.ProblemText;
import dev.portico.portal.ticket.TicketFeatures;
import dev.portico.psa.PsaRejectedException;
import dev.portico.psa.PsaRejectedException.FieldProblem;
import dev.portico.psa.ticket.NewTicketNote;
import dev.portico.psa.ticket.TicketGateway;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import org.primefaces.PrimeFaces;

/**
 * The ticket page's notes: the quick note of the Activity panel and the full "New Ticket Note" dialog. A note
 * the connector refuses keeps its text, with the reason next to the field.
 */
@Named
@ViewScoped
public class TicketNotes implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String QUICK_NOTE = "activity:quick-note";
    /** The dialog's inputs by the connector's field names. */
    static final Map<String, String> NOTE_INPUTS = Map.of("text", "note-form:note-text",
            "otherRecipients", "note-form:note-recipients", "title", "note-form:note-title");

    @Inject
    TicketDetail detail;

    @Inject
    TicketGateway tickets;

    @Inject
    TicketFeatures features;

    @Inject
    FacesContext facesContext;

    private String quickNote;
    private final NoteForm note = new NoteForm();

    public void addQuickNote() {
        if (quickNote == null || quickNote.isBlank()) {
            Messages.errorFor(QUICK_NOTE, "ticket.note.empty");
            facesContext.validationFailed();
            return;
        }
        if (send(NewTicketNote.quick(quickNote.strip()), Map.of("text", QUICK_NOTE))) {
            quickNote = null;
        }
    }

    public void addNote() {
        if (send(note.toNote(features), NOTE_INPUTS)) {
            note.reset();
            PrimeFaces.current().executeScript("PF('noteDialog').hide()");
        }
    }

    private boolean send(NewTicketNote newNote, Map<String, String> inputs) {
        try {
            tickets.addNote(detail.scope(), detail.getTicket().id(), newNote);
        } catch (PsaRejectedException e) {
            for (FieldProblem problem : e.problems()) {
                String text = ProblemText.of(problem, Messages::text);
                Optional.ofNullable(problem.field()).map(inputs::get).ifPresentOrElse(
                        input -> Messages.errorFor(input, "ticket.problem", text),
                        () -> Messages.error("ticket.problem", text));
            }
            facesContext.validationFailed();
            return false;
        }
        Messages.info("ticket.note.added");
        detail.loadActivity();
        return true;
    }

    /** Faces validator of the recipients field. */
    public void validateRecipients(FacesContext context, UIComponent component, Object value) {
        EmailList list = EmailList.parse((String) value);
        if (!list.invalid().isEmpty()) {
            throw invalid("ticket.note.recipients.invalid", String.join(", ", list.invalid()));
        }
        if (list.addresses().size() > EmailList.MAX) {
            throw invalid("ticket.note.recipients.tooMany", EmailList.MAX);
        }
    }

    private static ValidatorException invalid(String key, Object argument) {
        String text = Messages.text(key, argument);
        return new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public String getQuickNote() {
        return quickNote;
    }

    public void setQuickNote(String quickNote) {
        this.quickNote = quickNote;
    }

    public NoteForm getNote() {
        return note;
    }
}
