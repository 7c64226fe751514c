package dev.portico.portal.ticket.create;

import dev.portico.portal.shell.Messages;
import dev.portico.portal.ticket.AttachmentStaging;
import dev.portico.portal.ticket.ProblemText;
import dev.portico.psa.PsaNotPermittedException;
import dev.portico.psa.PsaRejectedException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.PsaUnavailableException;
import dev.portico.psa.ticket.NewTicket;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends a new ticket and then its staged files. When the PSA refuses or cannot be reached it says why (next to
 * the field where the connector names one) and returns nothing, so the form keeps everything.
 */
@ApplicationScoped
public class NewTicketSubmission {

    private static final Logger LOG = Logger.getLogger(NewTicketSubmission.class.getName());

    @Inject
    TicketGateway tickets;

    /** The created ticket, or empty after the reasons were added as messages. */
    public Optional<Ticket> create(PsaScope scope, NewTicket draft, AttachmentStaging staging) {
        Ticket created;
        try {
            created = tickets.create(scope, draft);
        } catch (PsaNotPermittedException e) {
            Messages.error("ticket.new.notPermitted");
            return Optional.empty();
        } catch (PsaRejectedException e) {
            for (PsaRejectedException.FieldProblem problem : e.problems()) {
                String text = ProblemText.of(problem, Messages::text);
                NewTicketProblems.clientId(problem).ifPresentOrElse(
                        id -> Messages.errorFor(id, "ticket.problem", text),
                        () -> Messages.error("ticket.problem", text));
            }
            Messages.error("ticket.new.refused");
            return Optional.empty();
        } catch (PsaUnavailableException e) {
            LOG.log(Level.WARNING, "A new ticket could not be saved because the PSA is not reachable; the form keeps it", e);
            Messages.error("ticket.new.unavailable");
            return Optional.empty();
        }
        attachStaged(scope, created, staging);
        return Optional.of(created);
    }

    /** Sends the files chosen on the form; one that fails is reported, the ticket stays created. */
    private void attachStaged(PsaScope scope, Ticket created, AttachmentStaging staging) {
        for (AttachmentStaging.Staged staged : staging.pending()) {
            try {
                tickets.attach(scope, created.id(), staging.attachment(staged));
                staging.sent(staged);
            } catch (PsaRejectedException | PsaUnavailableException | UncheckedIOException e) {
                LOG.log(Level.WARNING, "A file could not be attached to new ticket " + created.number(), e);
                Messages.warn("ticket.new.attachFailed", staged.getFileName());
            }
        }
        staging.clear();
    }
}
