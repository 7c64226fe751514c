package dev.portico.portal.home;

import dev.portico.psa.Download;
import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.PsaCallMeter;
import dev.portico.psa.PsaScope;
import dev.portico.psa.PsaUnavailableException;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A ticket gateway that answers from functions, records every query, and records one PSA call per method on
 * the meter, as the real adapter does for each HTTP call. With a latch, every call waits until that many
 * calls are in flight at once, which only happens when they run in parallel.
 */
class FakeTickets implements TicketGateway {

    final List<TicketQuery> counted = new CopyOnWriteArrayList<>();
    final List<TicketQuery> searched = new CopyOnWriteArrayList<>();
    final List<TicketQuery> charted = new CopyOnWriteArrayList<>();
    final List<YearMonth> chartEnds = new CopyOnWriteArrayList<>();
    Function<TicketQuery, Long> counts = q -> 0L;
    List<Ticket> rows = List.of();
    long openTotal;
    List<RequestTypeCount> types = List.of();
    boolean failCounts;
    PsaCallMeter meter;
    CountDownLatch together;

    @Override
    public Page<Ticket> search(PsaScope scope, TicketQuery query, PageRequest page, Sort<TicketSortField> sort) {
        call("GET /service/tickets", "GET /service/tickets/count");
        searched.add(query);
        return new Page<>(rows, openTotal);
    }

    @Override
    public long count(PsaScope scope, TicketQuery query) {
        call("GET /service/tickets/count");
        counted.add(query);
        if (failCounts) {
            throw new PsaUnavailableException("PSA down", null);
        }
        return counts.apply(query);
    }

    @Override
    public List<TicketMonth> createdAndCompletedByMonth(PsaScope scope, TicketQuery filter, YearMonth lastMonth,
            int months) {
        call("GET /service/tickets");
        charted.add(filter);
        chartEnds.add(lastMonth);
        List<TicketMonth> result = new ArrayList<>();
        for (int i = months - 1; i >= 0; i--) {
            YearMonth month = lastMonth.minusMonths(i);
            result.add(new TicketMonth(month, month.getMonthValue(), month.getMonthValue() / 2));
        }
        return result;
    }

    @Override
    public List<RequestTypeCount> openByRequestType(PsaScope scope, TicketQuery filter) {
        call("GET /service/tickets");
        charted.add(filter);
        return types;
    }

    /** One gateway method: the PSA calls it makes, then (with a latch) the wait for the others. */
    private void call(String... operations) {
        if (meter != null) {
            for (String operation : operations) {
                meter.record(operation);
            }
        }
        if (together != null) {
            together.countDown();
            try {
                if (!together.await(5, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the dashboard's calls did not run at the same time");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
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
        throw new UnsupportedOperationException();
    }

    @Override
    public Ticket changeStatus(PsaScope scope, long ticketId, TicketAction action, String comment) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean allows(PsaScope scope, Ticket ticket, TicketAction action) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<TicketNote> notes(PsaScope scope, long ticketId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public TicketNote addNote(PsaScope scope, long ticketId, NewTicketNote note) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Attachment> attachments(PsaScope scope, long ticketId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Attachment attach(PsaScope scope, long ticketId, NewAttachment file) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Download download(PsaScope scope, long ticketId, long attachmentId) {
        throw new UnsupportedOperationException();
    }
}
