package dev.portico.psa.ticket;

import dev.portico.psa.Ref;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A service ticket as the portal shows it. List results fill the columns only; {@code get} fills all.
 *
 * @param id the PSA's key of the ticket, used in links and calls
 * @param number the number the customer knows the ticket by (may differ from the id, e.g. {@code T20240101.0001})
 * @param requestType key of the configured request type the ticket's board and type map to, or null
 * @param impact the PSA's impact, or null when the PSA has none
 * @param severity the PSA's severity, or null when the PSA has none
 * @param description what the customer asked for; the adapter decides where it comes from. Filled by
 *        {@code get} only (empty in lists)
 * @param configurationItems filled by {@code get} only
 */
public record Ticket(
        long id,
        String number,
        String summary,
        TicketStatus status,
        String requestType,
        Ref type,
        Ref priority,
        String impact,
        String severity,
        Ref company,
        Ref contact,
        String contactEmail,
        String contactPhone,
        Ref site,
        Instant createdAt,
        Instant updatedAt,
        Instant dueAt,
        Instant closedAt,
        boolean closed,
        String poNumber,
        String customerReference,
        String description,
        List<Ref> configurationItems) implements Serializable {

    public Ticket {
        number = number == null || number.isBlank() ? String.valueOf(id) : number;
        description = description == null ? "" : description;
        configurationItems = configurationItems == null ? List.of() : List.copyOf(configurationItems);
    }

    /** The same ticket with its description. */
    public Ticket withDescription(String text) {
        return new Ticket(id, number, summary, status, requestType, type, priority, impact, severity, company, contact,
                contactEmail, contactPhone, site, createdAt, updatedAt, dueAt, closedAt, closed, poNumber,
                customerReference, text, configurationItems);
    }
}
