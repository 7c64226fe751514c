package dev.portico.portal.ticket.detail;

import dev.portico.portal.security.CurrentUser;
import dev.portico.portal.ticket.TicketPages;
import dev.portico.portal.ticket.list.TicketListParams;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.reference.ReferenceDataGateway;
import dev.portico.psa.reference.RequestType;
import dev.portico.psa.ticket.Attachment;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketAction;
import dev.portico.psa.ticket.TicketGateway;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Backs {@code /tickets/ticket.xhtml?id=}: one ticket of the user's scope, its details and Activity timeline,
 * and which status changes it allows. A ticket outside the scope, or a malformed id, answers 404. Notes
 * ({@link TicketNotes}), status changes ({@link TicketStatusChange}) and attachments ({@link TicketAttachments})
 * have beans of their own that reload this one after a change.
 */
@Named
@ViewScoped
public class TicketDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TicketGateway tickets;

    @Inject
    ReferenceDataGateway reference;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext facesContext;

    private PsaScope scope;
    private String id;
    private boolean attach;
    private Ticket ticket;
    private List<Attachment> attachments = List.of();
    private List<ActivityItem> activity = List.of();
    private final Map<TicketAction, Boolean> allowed = new EnumMap<>(TicketAction.class);

    @PostConstruct
    void init() {
        scope = currentUser.scope();
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

    /** After a note or attachment: the timeline and the allowed actions again. */
    public void loadActivity() {
        attachments = tickets.attachments(scope, ticket.id());
        activity = TicketActivity.of(ticket, tickets.notes(scope, ticket.id()), attachments);
        for (TicketAction action : TicketAction.values()) {
            allowed.put(action, tickets.allows(scope, ticket, action));
        }
    }

    /** After a status change: the ticket itself, then its timeline. */
    public void reload() {
        ticket = tickets.get(scope, ticket.id());
        loadActivity();
    }

    /** The user's scope, for the page's other beans (public: they call through the CDI client proxy). */
    public PsaScope scope() {
        return scope;
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

    /** The ticket's description, as the connector provides it. */
    public String getDescription() {
        return ticket == null ? "" : ticket.description();
    }

    public List<Attachment> getAttachments() {
        return attachments;
    }

    public List<ActivityItem> getActivity() {
        return activity;
    }
}
