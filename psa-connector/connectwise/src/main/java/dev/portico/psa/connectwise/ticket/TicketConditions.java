package dev.portico.psa.connectwise.ticket;

import dev.portico.psa.PsaScope;
import dev.portico.psa.Sort;
import dev.portico.psa.connectwise.Conditions;
import dev.portico.psa.connectwise.ConnectWiseMappings;
import dev.portico.psa.connectwise.CwLookups;
import dev.portico.psa.connectwise.CwLookups.ResolvedRequestType;
import dev.portico.psa.connectwise.CwRecord;
import dev.portico.psa.ticket.TicketQuery;
import dev.portico.psa.ticket.TicketSortField;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Turns a {@link TicketQuery} into ConnectWise {@code conditions} and {@code childConditions}: the scope
 * first, then each criterion through the {@link Conditions} builder.
 */
final class TicketConditions {

    /** ConnectWise's summary is at most 100 characters; longer search text can never match. */
    static final int MAX_TEXT = 100;

    /**
     * The conditions of one query, still open for further clauses; {@code matchesNothing} when a criterion can
     * never hold (no PSA call needed).
     */
    record Built(Conditions where, String childConditions, boolean matchesNothing) {

        String conditions() {
            return where.build();
        }
    }

    private final ConnectWiseMappings mappings;
    private final CwLookups lookups;

    TicketConditions(ConnectWiseMappings mappings, CwLookups lookups) {
        this.mappings = mappings;
        this.lookups = lookups;
    }

    /** The scope part: the company, and the contact when the user sees only their own tickets. */
    static Conditions scoped(PsaScope scope) {
        Conditions conditions = Conditions.scoped(CwRecord.TICKET, scope);
        return scope.restrictedToOwnTickets() ? conditions.ownedBy(scope) : conditions;
    }

    Built build(PsaScope scope, TicketQuery query) {
        Conditions c = scoped(scope);
        boolean nothing = false;
        String text = query.text() == null ? "" : query.text().strip();
        if (!text.isEmpty()) {
            String capped = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
            Conditions bySummary = Conditions.on(CwRecord.TICKET).contains("summary", capped);
            if (capped.matches("\\d{1,18}")) {
                c.anyOf(bySummary, Conditions.on(CwRecord.TICKET).is("id", Long.parseLong(capped)));
            } else {
                c.anyOf(bySummary);
            }
        }
        if (query.ticketNumber() != null) {
            OptionalLong number = ticketNumber(query.ticketNumber());
            if (number.isPresent()) {
                c.is("id", number.getAsLong());
            } else {
                nothing = true;
            }
        }
        switch (query.openState()) {
            case OPEN -> c.is("closedFlag", false);
            case CLOSED -> c.is("closedFlag", true);
            default -> { }
        }
        if (!query.statusIds().isEmpty()) {
            c.in("status/id", query.statusIds());
        }
        if (query.contactId() != null) {
            c.is("contact/id", query.contactId());
        }
        if (query.siteId() != null) {
            c.is("site/id", query.siteId());
        }
        if (!query.requestTypes().isEmpty()) {
            for (String key : query.requestTypes()) {
                if (mappings.requestType(key).isEmpty()) {
                    throw new IllegalArgumentException("Unknown request type " + key);
                }
            }
            List<Conditions> types = new ArrayList<>();
            for (var mapping : mappings.requestTypes()) {
                if (!query.requestTypes().contains(mapping.key())) {
                    continue;
                }
                ResolvedRequestType type = lookups.resolve(mapping.key());
                Conditions one = Conditions.on(CwRecord.TICKET).is("board/id", type.boardId()).is("type/id", type.typeId());
                if (type.subTypeId() != null) {
                    one.is("subType/id", type.subTypeId());
                }
                types.add(one);
            }
            c.anyOf(types.toArray(Conditions[]::new));
        }
        if (!query.priorityIds().isEmpty()) {
            c.in("priority/id", query.priorityIds());
        }
        c.within("dateEntered", query.created());
        c.within("closedDate", query.completed());
        c.within("requiredDate", query.due());
        if (query.waitingForMyApproval()) {
            nothing |= mappings.waitingApprovalStatuses().isEmpty();
            if (!nothing) {
                c.inTexts("status/name", mappings.waitingApprovalStatuses()).is("contact/id", scope.contactId());
            }
        }
        if (query.awaitingMyReply()) {
            nothing |= mappings.waitingCustomerStatuses().isEmpty();
            if (!nothing) {
                c.inTexts("status/name", mappings.waitingCustomerStatuses()).is("contact/id", scope.contactId());
            }
        }
        String child = query.configurationItemId() == null ? null
                : Conditions.on(CwRecord.TICKET_CONFIGURATION).is("configurations/id", query.configurationItemId()).build();
        return new Built(c, child, nothing);
    }

    /**
     * A ConnectWise ticket number is the ticket's id: digits only (an optional leading {@code #} is allowed).
     * Anything else can match no ticket.
     */
    static OptionalLong ticketNumber(String text) {
        String value = text.strip();
        if (value.startsWith("#")) {
            value = value.substring(1).strip();
        }
        if (!value.matches("\\d{1,18}")) {
            return OptionalLong.empty();
        }
        long number = Long.parseLong(value);
        return number > 0 ? OptionalLong.of(number) : OptionalLong.empty();
    }

    static String orderBy(Sort<TicketSortField> sort) {
        if (sort == null) {
            return Conditions.orderBy(CwRecord.TICKET, "id", false);
        }
        String field = switch (sort.field()) {
            case NUMBER -> "id";
            case SUMMARY -> "summary";
            case STATUS -> "status/name";
            case PRIORITY -> "priority/name";
            case REQUEST_TYPE -> "type/name";
            case CONTACT -> "contact/name";
            case SITE -> "site/name";
            case CREATED -> "_info/dateEntered";
            case UPDATED -> "_info/lastUpdated";
            case DUE -> "requiredDate";
            case COMPLETED -> "closedDate";
        };
        return Conditions.orderBy(CwRecord.TICKET, field, sort.ascending());
    }
}
