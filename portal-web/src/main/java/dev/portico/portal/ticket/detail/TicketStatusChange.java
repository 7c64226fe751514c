package dev.portico.portal.ticket.detail;

import dev.portico.portal.shell.Messages;
import dev.portico.psa.PsaRejectedException;
import dev.portico.psa.ticket.TicketAction;
import dev.portico.psa.ticket.TicketGateway;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.primefaces.PrimeFaces;

/** The ticket page's status changes (approve, reject, close, reopen): the confirmation dialog and its comment. */
@Named
@ViewScoped
public class TicketStatusChange implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TicketDetail detail;

    @Inject
    TicketGateway tickets;

    @Inject
    FacesContext facesContext;

    private TicketAction pendingAction;
    private String comment;

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
            tickets.changeStatus(detail.scope(), detail.getTicket().id(), pendingAction, comment);
            Messages.info("ticket.action.done." + pendingAction.name().toLowerCase(Locale.ROOT));
        } catch (PsaRejectedException e) {
            Messages.error("ticket.action.refused");
        }
        pendingAction = null;
        comment = null;
        detail.reload();
        PrimeFaces.current().executeScript("PF('statusDialog').hide()");
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
}
