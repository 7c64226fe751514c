package dev.portico.portal.ticket;

import dev.portico.psa.Download;
import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.PsaScope;
import dev.portico.psa.Sort;
import dev.portico.psa.ticket.Attachment;
import dev.portico.psa.ticket.NewAttachment;
import dev.portico.psa.ticket.NewTicket;
import dev.portico.psa.ticket.NewTicketNote;
import dev.portico.psa.ticket.RequestTypeCount;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketAction;
import dev.portico.psa.ticket.TicketGateway;
import dev.portico.psa.ticket.TicketMonth;
import dev.portico.psa.ticket.TicketNote;
import dev.portico.psa.ticket.TicketQuery;
import dev.portico.psa.ticket.TicketSortField;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

/**
 * A {@link TicketGateway} over {@code total} numbered tickets that records every search, so tests can check
 * the paging, sort and query the portal asks for.
 */
public class FakeTicketGateway implements TicketGateway {

    /** One recorded search. */
    public record Search(PsaScope scope, TicketQuery query, PageRequest page, Sort<TicketSortField> sort) {
    }

    public final List<Search> searches = new ArrayList<>();
    private final long total;

    public FakeTicketGateway(long total) {
        this.total = total;
    }

    @Override
    public Page<Ticket> search(PsaScope scope, TicketQuery query, PageRequest page, Sort<TicketSortField> sort) {
        searches.add(new Search(scope, query, page, sort));
        long from = (long) page.page() * page.size();
        List<Ticket> items = LongStream.range(from, Math.min(total, from + page.size()))
                .mapToObj(i -> Tickets.ticket(10_000 + i, "Ticket " + i)).toList();
        return new Page<>(items, total);
    }

    @Override
    public long count(PsaScope scope, TicketQuery query) {
        return total;
    }

    @Override
    public Ticket get(PsaScope scope, long ticketId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Ticket create(PsaScope scope, NewTicket ticket) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Ticket> findByIdempotencyToken(PsaScope scope, String idempotencyToken) {
        return Optional.empty();
    }

    @Override
    public Ticket changeStatus(PsaScope scope, long ticketId, TicketAction action, String comment) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean allows(PsaScope scope, Ticket ticket, TicketAction action) {
        return false;
    }

    @Override
    public List<TicketNote> notes(PsaScope scope, long ticketId) {
        return List.of();
    }

    @Override
    public TicketNote addNote(PsaScope scope, long ticketId, NewTicketNote note) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Attachment> attachments(PsaScope scope, long ticketId) {
        return List.of();
    }

    @Override
    public Attachment attach(PsaScope scope, long ticketId, NewAttachment file) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Download download(PsaScope scope, long ticketId, long attachmentId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<TicketMonth> createdAndCompletedByMonth(PsaScope scope, TicketQuery filter, YearMonth lastMonth,
            int months) {
        return List.of();
    }

    @Override
    public List<RequestTypeCount> openByRequestType(PsaScope scope, TicketQuery filter) {
        return List.of();
    }
}
