package dev.portico.psa.ticket;

import dev.portico.psa.Ref;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A service ticket as the portal shows it. List results fill the columns only; {@code get} fills all.
 * The description is not a ticket field in ConnectWise: it is the oldest customer-visible note.
 *
 * @param requestType key of the configured request type the ticket's board and type map to, or null
 * @param configurationItems filled by {@code get} only
 */
public record Ticket(
        long id,
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
        List<Ref> configurationItems) implements Serializable {

    public Ticket {
        configurationItems = configurationItems == null ? List.of() : List.copyOf(configurationItems);
    }
}
