package dev.portico.portal.ticket.list;

import dev.portico.portal.ticket.TicketView;
import dev.portico.psa.DateRange;
import dev.portico.psa.PsaScope;
import dev.portico.psa.ticket.OpenState;
import dev.portico.psa.ticket.TicketQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/** Turns a {@link TicketFilter} (the URL's terms) into the connector's {@link TicketQuery}. */
final class TicketQueries {

    private TicketQueries() {
    }

    /** See {@link TicketFilter#toQuery}. */
    static Optional<TicketQuery> of(TicketFilter filter, PsaScope scope, ZoneId zone, LocalDate today) {
        TicketView view = filter.getView();
        TicketQuery.Builder query = TicketQuery.builder()
                .text(TicketFilter.blankToNull(filter.getText()))
                .ticketNumber(filter.getNumber())
                .openState(switch (view) {
                    case MINE, OPEN -> OpenState.OPEN;
                    case COMPLETED -> OpenState.CLOSED;
                    case APPROVAL, SEARCH -> OpenState.ANY;
                });
        if (filter.getStatus() != null) {
            query.openState(filter.getStatus().state());
        }
        if (filter.getStatusId() != null) {
            query.statusIds(Set.of(filter.getStatusId()));
        }
        if (view == TicketView.MINE || TicketFilter.ME.equals(filter.getContact())) {
            query.contactId(scope.contactId());
        } else if (filter.getContact() != null) {
            query.contactId(Long.parseLong(filter.getContact()));
        }
        query.siteId(filter.getSiteId());
        if (filter.getType() != null) {
            query.requestTypes(Set.of(filter.getType()));
        }
        if (filter.getPriorityId() != null) {
            query.priorityIds(Set.of(filter.getPriorityId()));
        }
        query.created(range(filter.getCreatedFrom(), filter.getCreatedTo(), zone));
        query.due(range(filter.getDueFrom(), filter.getDueTo(), zone));
        DateRange completed = range(filter.getCompletedFrom(), filter.getCompletedTo(), zone);
        if (view == TicketView.COMPLETED) {
            Instant since = today.minusDays(TicketView.COMPLETED_DAYS).atStartOfDay(zone).toInstant();
            completed = intersect(completed, DateRange.since(since));
            if (completed == null) {
                return Optional.empty();
            }
        }
        query.completed(completed);
        query.waitingForMyApproval(view == TicketView.APPROVAL);
        query.awaitingMyReply(filter.isWaitingReply());
        return Optional.of(query.build());
    }

    static DateRange range(LocalDate from, LocalDate to, ZoneId zone) {
        return from == null && to == null ? null : DateRange.days(from, to, zone);
    }

    /** Both ranges at once; null when they do not overlap. */
    static DateRange intersect(DateRange a, DateRange b) {
        if (a == null) {
            return b;
        }
        Instant from = later(a.from(), b.from());
        Instant until = a.until() == null ? b.until() : b.until() == null ? a.until()
                : a.until().isBefore(b.until()) ? a.until() : b.until();
        if (from != null && until != null && !until.isAfter(from)) {
            return null;
        }
        return new DateRange(from, until);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
