package dev.portico.portal.ticket.detail;

import dev.portico.portal.security.CurrentUser;
import dev.portico.portal.shell.Messages;
import dev.portico.portal.ticket.AttachmentUpload;
import dev.portico.portal.ticket.AttachmentStaging;
import dev.portico.portal.ticket.EmailList;
import dev.portico.portal.ticket.TicketConfig;
import dev.portico.portal.ticket.TicketPages;
import dev.portico.portal.ticket.TicketSettings;
import dev.portico.portal.ticket.list.TicketListParams;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaRejectedException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.PsaUnavailableException;
import dev.portico.psa.reference.ReferenceDataGateway;
import dev.portico.psa.reference.RequestType;
import dev.portico.psa.ticket.Attachment;
import dev.portico.psa.ticket.NewTicketNote;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketAction;
import dev.portico.psa.ticket.TicketGateway;
import dev.portico.psa.ticket.TicketNote;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

/**
 * Backs {@code /tickets/ticket.xhtml?id=}: one ticket of the user's scope, its Activity timeline, notes,
 * attachments and status changes. A ticket outside the scope, or a malformed id, answers 404.
 */
@Named
@ViewScoped
public class TicketDetail implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(TicketDetail.class.getName());

    @Inject
    TicketGateway tickets;

    @Inject
    ReferenceDataGateway reference;

    @Inject
    CurrentUser currentUser;

    @Inject
    TicketConfig config;

    @Inject
    FacesContext facesContext;

    private PsaScope scope;
    private String id;
    private boolean attach;
    private Ticket ticket;
    private String description = "";
    private List<Attachment> attachments = List.of();
    private List<ActivityItem> activity = List.of();
    private final Map<TicketAction, Boolean> allowed = new EnumMap<>(TicketAction.class);
    private String quickNote;
    private final NoteForm note = new NoteForm();
    private TicketAction pendingAction;
    private String comment;
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
        Optional<Long> ticketId = TicketListParams.id(id);
        if (ticketId.isEmpty()) {
            TicketPages.notFound(facesContext);
            return;
        }
        try {
            ticket = tickets.get(scope, ticketId.get());
        } catch (PsaNotFoundException e) {
            TicketPages.notFound(facesContext);
            return;
        }
        loadActivity();
    }

    private void loadActivity() {
        List<TicketNote> notes = tickets.notes(scope, ticket.id());
        attachments = tickets.attachments(scope, ticket.id());
        description = TicketActivity.description(notes);
        activity = TicketActivity.of(ticket, notes, attachments);
        for (TicketAction action : TicketAction.values()) {
            allowed.put(action, tickets.allows(scope, ticket, action));
        }
    }

    public void addQuickNote() {
        if (quickNote == null || quickNote.isBlank()) {
            Messages.errorFor("activity:quick-note", "ticket.note.empty");
            facesContext.validationFailed();
            return;
        }
        if (send(NewTicketNote.quick(quickNote.strip()))) {
            quickNote = null;
        }
    }

    public void addNote() {
        if (send(note.toNote())) {
            note.reset();
            PrimeFaces.current().executeScript("PF('noteDialog').hide()");
        }
    }

    private boolean send(NewTicketNote newNote) {
        try {
            tickets.addNote(scope, ticket.id(), newNote);
        } catch (PsaRejectedException e) {
            e.problems().forEach(problem -> Messages.error("ticket.problem", problem.message()));
            facesContext.validationFailed();
            return false;
        }
        Messages.info("ticket.note.added");
        loadActivity();
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

    /** Opens the confirmation dialog of a status change. */
    public void prepare(TicketAction action) {
        pendingAction = action;
        comment = null;
    }

    public void confirm() {
        if (pendingAction == null) {
            return;
        }
        if (pendingAction == TicketAction.REJECT && (comment == null || comment.isBlank())) {
            Messages.errorFor("status-form:comment", "ticket.action.reject.reason");
            facesContext.validationFailed();
            return;
        }
        try {
            tickets.changeStatus(scope, ticket.id(), pendingAction, comment);
            Messages.info("ticket.action.done." + pendingAction.name().toLowerCase(Locale.ROOT));
        } catch (PsaRejectedException e) {
            Messages.error("ticket.action.refused");
        }
        pendingAction = null;
        comment = null;
        ticket = tickets.get(scope, ticket.id());
        loadActivity();
        PrimeFaces.current().executeScript("PF('statusDialog').hide()");
    }

    public void upload(FileUploadEvent event) {
        AttachmentUpload.stage(staging, event, settings());
    }

    public void removeStaged(String stagedId) {
        staging.remove(stagedId);
    }

    /** Sends the staged files one by one; a file the PSA refuses stays staged with the reason. */
    public void saveAttachments() {
        int sent = 0;
        for (AttachmentStaging.Staged staged : staging.pending()) {
            try {
                tickets.attach(scope, ticket.id(), staging.attachment(staged));
                staging.sent(staged);
                sent++;
            } catch (PsaRejectedException e) {
                Messages.error("ticket.attach.refused", staged.getFileName(),
                        e.problems().isEmpty() ? e.getMessage() : e.problems().get(0).message());
            } catch (PsaUnavailableException e) {
                LOG.log(Level.WARNING, "The PSA is not reachable; the staged files stay on the form", e);
                Messages.error("ticket.attach.unavailable");
                break;
            } catch (java.io.UncheckedIOException e) {
                // the temporary copy is gone, e.g. the view moved to another cluster node
                LOG.log(Level.WARNING, "A staged upload could not be read", e);
                staging.remove(staged.getId());
                Messages.error("ticket.attach.failed", staged.getFileName());
            }
        }
        if (sent > 0) {
            Messages.info("ticket.attach.sent", sent);
            loadActivity();
        }
        if (staging.isEmpty()) {
            attach = false;
            PrimeFaces.current().executeScript("PF('attachDialog').hide()");
        } else {
            facesContext.validationFailed();
        }
    }

    public void cancelAttachments() {
        staging.clear();
        attach = false;
    }

    public boolean allows(String action) {
        return allowed.getOrDefault(TicketAction.valueOf(action), false);
    }

    public boolean isAnyAction() {
        return allowed.values().stream().anyMatch(Boolean::booleanValue);
    }

    public String getRequestTypeLabel() {
        if (ticket.requestType() != null) {
            for (RequestType type : reference.requestTypes()) {
                if (type.key().equals(ticket.requestType())) {
                    return type.label();
                }
            }
        }
        return ticket.type() == null ? "" : ticket.type().name();
    }

    /** The link that downloads an attachment (ownership is checked again by the download). */
    public String downloadUrl(Attachment attachment) {
        return facesContext.getExternalContext().getRequestContextPath() + TicketAttachmentServlet.PATH + "?ticket="
                + ticket.id() + "&id=" + attachment.id();
    }

    private TicketSettings settings() {
        return config.settings();
    }

    public TicketSettings getSettings() {
        return settings();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isAttach() {
        return attach;
    }

    public void setAttach(boolean attach) {
        this.attach = attach;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public String getDescription() {
        return description;
    }

    public List<Attachment> getAttachments() {
        return attachments;
    }

    public List<ActivityItem> getActivity() {
        return activity;
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

    public String getPendingAction() {
        return pendingAction == null ? null : pendingAction.name().toLowerCase(Locale.ROOT);
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public AttachmentStaging getStaging() {
        return staging;
    }
}
