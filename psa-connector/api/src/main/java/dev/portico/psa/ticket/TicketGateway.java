package dev.portico.psa.ticket;

import dev.portico.psa.Download;
import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.PsaScope;
import dev.portico.psa.Sort;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Service tickets of the scope's company (only the scope's own tickets when
 * {@link PsaScope#restrictedToOwnTickets()}). A ticket outside the scope is "not found".
 */
public interface TicketGateway {

    /** One page of matching tickets, with the total count. */
    Page<Ticket> search(PsaScope scope, TicketQuery query, PageRequest page, Sort<TicketSortField> sort);

    long count(PsaScope scope, TicketQuery query);

    /** The whole ticket, with its description and configuration items. */
    Ticket get(PsaScope scope, long ticketId);

    /**
     * Creates a ticket. If an earlier attempt with the same token reached the PSA (even one that timed
     * out), that ticket is returned and no second one is created.
     */
    Ticket create(PsaScope scope, NewTicket ticket);

    /** The ticket an earlier create with this token made, if any. */
    Optional<Ticket> findByIdempotencyToken(PsaScope scope, String idempotencyToken);

    /** Approve, reject, close or reopen through the configured statuses; a non-blank comment is added as a note. */
    Ticket changeStatus(PsaScope scope, long ticketId, TicketAction action, String comment);

    /** Whether {@code action} is allowed for this ticket now (status, reopen period, permission). */
    boolean allows(PsaScope scope, Ticket ticket, TicketAction action);

    /**
     * Customer-visible notes, oldest first; never internal ones. Where the PSA keeps the description as a note,
     * that note is flagged {@link TicketNote#description()}.
     */
    List<TicketNote> notes(PsaScope scope, long ticketId);

    TicketNote addNote(PsaScope scope, long ticketId, NewTicketNote note);

    /** Customer-visible attachments. */
    List<Attachment> attachments(PsaScope scope, long ticketId);

    Attachment attach(PsaScope scope, long ticketId, NewAttachment file);

    /** Streams an attachment of a ticket in scope; the caller closes it. */
    Download download(PsaScope scope, long ticketId, long attachmentId);

    /**
     * Created and completed tickets per month, {@code months} months ending with {@code lastMonth},
     * filtered like {@code filter} (e.g. a site); oldest month first.
     */
    List<TicketMonth> createdAndCompletedByMonth(PsaScope scope, TicketQuery filter, YearMonth lastMonth, int months);

    /** Open tickets per configured request type (plus one entry for tickets of no configured type, if any). */
    List<RequestTypeCount> openByRequestType(PsaScope scope, TicketQuery filter);
}
