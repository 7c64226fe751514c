package dev.portico.portal.ticket.list;

import dev.portico.psa.Ref;
import dev.portico.psa.ticket.Ticket;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** The plain text of one ticket cell, as exported: dates as {@code 2025-05-02 10:30} in the portal's time zone. */
public final class TicketCells implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Map<String, String> requestTypeLabels;
    private final ZoneId zone;

    /** @param requestTypeLabels the configured request types' labels by key */
    public TicketCells(Map<String, String> requestTypeLabels, ZoneId zone) {
        this.requestTypeLabels = Map.copyOf(requestTypeLabels);
        this.zone = zone;
    }

    public String text(Ticket ticket, TicketColumn column) {
        return switch (column) {
            case NUMBER -> ticket.number();
            case SUMMARY -> ticket.summary();
            case STATUS -> ticket.status() == null ? "" : ticket.status().label();
            case REQUEST_TYPE -> requestType(ticket);
            case PRIORITY -> name(ticket.priority());
            case CONTACT -> name(ticket.contact());
            case SITE -> name(ticket.site());
            case CREATED -> dateTime(ticket.createdAt());
            case UPDATED -> dateTime(ticket.updatedAt());
            case DUE -> dateTime(ticket.dueAt());
            case COMPLETED -> dateTime(ticket.closedAt());
            case PO_NUMBER -> ticket.poNumber() == null ? "" : ticket.poNumber();
        };
    }

    /** The configured request type's label, or the PSA type's name for tickets of no configured type. */
    public String requestType(Ticket ticket) {
        if (ticket.requestType() != null && requestTypeLabels.containsKey(ticket.requestType())) {
            return requestTypeLabels.get(ticket.requestType());
        }
        return name(ticket.type());
    }

    private String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    private static String name(Ref ref) {
        return ref == null ? "" : ref.name();
    }
}
