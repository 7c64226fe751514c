package dev.portico.psa.autotask.ticket;

import dev.portico.psa.DateRange;
import dev.portico.psa.PsaScope;
import dev.portico.psa.autotask.AtScoping;
import dev.portico.psa.autotask.AutotaskMappings;
import dev.portico.psa.autotask.AutotaskMappings.RequestTypeMapping;
import dev.portico.psa.autotask.query.AtFilter;
import dev.portico.psa.autotask.query.AtOp;
import dev.portico.psa.ticket.OpenState;
import dev.portico.psa.ticket.TicketQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@link TicketQuery} as an Autotask filter, after the scope's conditions. Empty when the query can match
 * nothing (a ticket number of the wrong shape, only unknown request types): then no call is made.
 */
public final class TicketFilters {

    /** Autotask ticket numbers look like {@code T20240101.0001}. */
    static final Pattern TICKET_NUMBER = Pattern.compile("T\\d{8}\\.\\d{1,6}");

    private TicketFilters() {
    }

    public static Optional<AtFilter> of(PsaScope scope, TicketQuery query, AutotaskMappings mappings) {
        AtFilter filter = AtScoping.tickets(scope);
        if (query.ticketNumber() != null && !query.ticketNumber().isBlank()) {
            Optional<String> number = ticketNumber(query.ticketNumber());
            if (number.isEmpty()) {
                return Optional.empty();
            }
            filter.eq("ticketNumber", number.get());
        }
        if (query.text() != null && !query.text().isBlank()) {
            String text = query.text().trim();
            Optional<String> number = ticketNumber(text);
            filter.anyOf(any -> {
                any.where("title", AtOp.CONTAINS, text).where("description", AtOp.CONTAINS, text);
                number.ifPresent(n -> any.eq("ticketNumber", n));
            });
        }
        if (query.openState() == OpenState.OPEN) {
            filter.where("status", AtOp.NOT_IN, List.copyOf(mappings.completeStatuses()));
        } else if (query.openState() == OpenState.CLOSED) {
            filter.in("status", List.copyOf(mappings.completeStatuses()));
        }
        if (!query.statusIds().isEmpty()) {
            filter.in("status", List.copyOf(query.statusIds()));
        }
        if (query.contactId() != null) {
            filter.eq("contactID", query.contactId());
        }
        if (query.siteId() != null) {
            filter.eq("companyLocationID", query.siteId());
        }
        if (!query.requestTypes().isEmpty()) {
            List<RequestTypeMapping> types = new ArrayList<>();
            for (String key : query.requestTypes()) {
                mappings.requestType(key).ifPresent(types::add);
            }
            if (types.isEmpty()) {
                return Optional.empty();
            }
            filter.anyOf(any -> types.forEach(type -> any.allOf(all -> requestType(all, type))));
        }
        if (!query.priorityIds().isEmpty()) {
            filter.in("priority", List.copyOf(query.priorityIds()));
        }
        range(filter, "createDate", query.created());
        range(filter, "completedDate", query.completed());
        range(filter, "dueDateTime", query.due());
        if (query.configurationItemId() != null) {
            filter.eq("configurationItemID", query.configurationItemId());
        }
        if (query.waitingForMyApproval()) {
            filter.eq("contactID", scope.contactId());
            filter.anyOf(any -> {
                if (!mappings.waitingApprovalStatuses().isEmpty()) {
                    any.in("status", List.copyOf(mappings.waitingApprovalStatuses()));
                }
                any.in("changeApprovalStatus", List.copyOf(AutotaskMappings.CHANGE_APPROVAL_OPEN));
            });
        }
        if (query.awaitingMyReply()) {
            if (mappings.waitingCustomerStatuses().isEmpty()) {
                return Optional.empty();
            }
            filter.eq("contactID", scope.contactId());
            filter.in("status", List.copyOf(mappings.waitingCustomerStatuses()));
        }
        return Optional.of(filter);
    }

    /** The request type's configured classification values, ANDed. */
    static void requestType(AtFilter filter, RequestTypeMapping type) {
        if (type.ticketType() != null) {
            filter.eq("ticketType", type.ticketType());
        }
        if (type.category() != null) {
            filter.eq("ticketCategory", type.category());
        }
        if (type.issueType() != null) {
            filter.eq("issueType", type.issueType());
        }
        if (type.subIssueType() != null) {
            filter.eq("subIssueType", type.subIssueType());
        }
        if (filter.isEmpty()) {
            filter.where("id", AtOp.EXIST);
        }
    }

    /** A ticket number as Autotask writes it ({@code T20240101.0001}); a leading {@code #} is allowed. */
    static Optional<String> ticketNumber(String text) {
        String number = text.trim();
        if (number.startsWith("#")) {
            number = number.substring(1).trim();
        }
        number = number.toUpperCase(Locale.ROOT);
        return TICKET_NUMBER.matcher(number).matches() ? Optional.of(number) : Optional.empty();
    }

    static void range(AtFilter filter, String field, DateRange range) {
        if (range == null) {
            return;
        }
        if (range.from() != null) {
            filter.where(field, AtOp.GTE, range.from());
        }
        if (range.until() != null) {
            filter.where(field, AtOp.LT, range.until());
        }
    }
}
