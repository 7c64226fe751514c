package dev.portico.portal.ticket.detail;

import dev.portico.portal.shell.Messages;
import dev.portico.portal.ticket.AttachmentStaging;
import dev.portico.portal.ticket.ProblemText;
import dev.portico.portal.ticket.StagedFiles;
import dev.portico.psa.PsaRejectedException;
import dev.portico.psa.PsaUnavailableException;
import dev.portico.psa.ticket.TicketGateway;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.PrimeFaces;

/** The ticket page's "Add attachment" dialog: sends the files staged in {@link StagedFiles}. */
@Named
@ViewScoped
public class TicketAttachments implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(TicketAttachments.class.getName());

    @Inject
    TicketDetail detail;

    @Inject
    StagedFiles files;

    @Inject
    TicketGateway tickets;

    @Inject
    FacesContext facesContext;

    /** Sends the staged files one by one; a file the PSA refuses stays staged with the reason. */
    public void saveAttachments() {
        AttachmentStaging staging = files.getStaging();
        long ticketId = detail.getTicket().id();
        int sent = 0;
        for (AttachmentStaging.Staged staged : staging.pending()) {
            try {
                tickets.attach(detail.scope(), ticketId, staging.attachment(staged));
                staging.sent(staged);
                sent++;
            } catch (PsaRejectedException e) {
                Messages.error("ticket.attach.refused", staged.getFileName(), e.problems().isEmpty()
                        ? Messages.text(PsaRejectedException.Keys.INVALID) : ProblemText.of(e.problems().get(0), Messages::text));
            } catch (PsaUnavailableException e) {
                LOG.log(Level.WARNING, "The PSA is not reachable; the staged files stay on the form", e);
                Messages.error("ticket.attach.unavailable");
                break;
            } catch (UncheckedIOException e) {
                // the temporary copy is gone, e.g. the view moved to another cluster node
                LOG.log(Level.WARNING, "A staged upload could not be read", e);
                staging.remove(staged.getId());
                Messages.error("ticket.attach.failed", staged.getFileName());
            }
        }
        if (sent > 0) {
            Messages.info("ticket.attach.sent", sent);
            detail.loadActivity();
        }
        if (staging.isEmpty()) {
            detail.setAttach(false);
            PrimeFaces.current().executeScript("PF('attachDialog').hide()");
        } else {
            facesContext.validationFailed();
        }
    }

    public void cancelAttachments() {
        files.getStaging().clear();
        detail.setAttach(false);
    }
}
