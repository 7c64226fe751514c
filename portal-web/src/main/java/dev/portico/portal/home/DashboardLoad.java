package dev.portico.portal.home;

import dev.portico.psa.Page;
import dev.portico.psa.PsaException;
import dev.portico.psa.ticket.RequestTypeCount;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketMonth;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The dashboard's figures while they are being fetched: every PSA call was started at once, and each widget
 * waits only for its own figures while the page renders. A figure that failed or took too long is empty, so
 * its widget says "not available" and the rest of the page still shows.
 */
public final class DashboardLoad {

    private static final Logger LOG = Logger.getLogger(DashboardLoad.class.getName());

    private final CompletableFuture<Page<Ticket>> openTickets;
    private final CompletableFuture<Long> recommendations;
    private final CompletableFuture<Long> waitingMyApproval;
    private final CompletableFuture<Long> awaitingMyReply;
    private final CompletableFuture<Long> createdThisMonth;
    private final CompletableFuture<Long> createdThisYear;
    private final CompletableFuture<List<TicketMonth>> months;
    private final CompletableFuture<List<RequestTypeCount>> requestTypes;
    private final Duration timeout;
    private final long deadline;

    /**
     * @param recommendations   null when the user may not see recommendations
     * @param waitingMyApproval null when the user may not approve tickets
     */
    DashboardLoad(CompletableFuture<Page<Ticket>> openTickets, CompletableFuture<Long> recommendations,
            CompletableFuture<Long> waitingMyApproval, CompletableFuture<Long> awaitingMyReply,
            CompletableFuture<Long> createdThisMonth, CompletableFuture<Long> createdThisYear,
            CompletableFuture<List<TicketMonth>> months, CompletableFuture<List<RequestTypeCount>> requestTypes,
            Duration timeout) {
        this.openTickets = openTickets;
        this.recommendations = recommendations;
        this.waitingMyApproval = waitingMyApproval;
        this.awaitingMyReply = awaitingMyReply;
        this.createdThisMonth = createdThisMonth;
        this.createdThisYear = createdThisYear;
        this.months = months;
        this.requestTypes = requestTypes;
        this.timeout = timeout;
        this.deadline = System.nanoTime() + timeout.toNanos();
    }

    /** The newest open tickets (the grid's "All") with the total of open tickets. */
    public Optional<Page<Ticket>> openTickets() {
        return value(openTickets);
    }

    /** Recommendations awaiting a decision; empty when not permitted or not available. */
    public Optional<Long> recommendations() {
        return recommendations == null ? Optional.empty() : value(recommendations);
    }

    public boolean recommendationsPermitted() {
        return recommendations != null;
    }

    public Optional<Alerts> alerts() {
        Optional<Long> reply = value(awaitingMyReply);
        Optional<Long> approval = waitingMyApproval == null ? Optional.empty() : value(waitingMyApproval);
        Optional<Long> recs = recommendations();
        if (reply.isEmpty() || waitingMyApproval != null && approval.isEmpty()
                || recommendations != null && recs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Alerts(recs.orElse(null), approval.orElse(null), reply.get()));
    }

    public Optional<Statistics> statistics() {
        Optional<Page<Ticket>> open = openTickets();
        Optional<Long> month = value(createdThisMonth);
        Optional<Long> year = value(createdThisYear);
        if (open.isEmpty() || month.isEmpty() || year.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Statistics(open.get().total(), month.get(), year.get()));
    }

    /** Created and completed per month, oldest first. */
    public Optional<List<TicketMonth>> months() {
        return value(months);
    }

    public Optional<List<RequestTypeCount>> requestTypes() {
        return value(requestTypes);
    }

    /** Completes when every figure has arrived or failed. */
    public CompletableFuture<Void> completion() {
        return CompletableFuture.allOf(java.util.stream.Stream.of(openTickets, recommendations, waitingMyApproval,
                        awaitingMyReply, createdThisMonth, createdThisYear, months, requestTypes)
                .filter(java.util.Objects::nonNull)
                .map(f -> f.handle((value, failure) -> null))
                .toArray(CompletableFuture[]::new));
    }

    /** One shared deadline for the whole page, so failing widgets never add up their timeouts. */
    private <T> Optional<T> value(CompletableFuture<T> future) {
        try {
            long left = Math.max(0, deadline - System.nanoTime());
            return Optional.ofNullable(future.get(left, TimeUnit.NANOSECONDS));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PsaException) {
                LOG.warning(() -> "A home page figure could not be loaded: " + e.getCause());
            } else {
                LOG.log(Level.WARNING, "A home page figure could not be loaded", e.getCause());
            }
            return Optional.empty();
        } catch (TimeoutException e) {
            LOG.warning(() -> "A home page figure took longer than " + timeout.toMillis() + " ms; shown as unavailable");
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
