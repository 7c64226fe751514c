package dev.portico.psa.ticket;

import java.io.Serializable;
import java.time.Instant;

/**
 * A customer-visible note (discussion or resolution). Internal notes never reach the portal.
 *
 * @param author the member's or contact's name
 * @param fromCustomer written by a contact (through the portal or e-mail), not by the MSP
 * @param description this note is the ticket's description ({@link Ticket#description()}), for PSAs that keep
 *        the description as the first note; the portal does not repeat it in the conversation
 */
public record TicketNote(
        long id, long ticketId, String text, String author, boolean fromCustomer, boolean resolution,
        Instant createdAt, boolean description) implements Serializable {

    public TicketNote(long id, long ticketId, String text, String author, boolean fromCustomer, boolean resolution,
            Instant createdAt) {
        this(id, ticketId, text, author, fromCustomer, resolution, createdAt, false);
    }
}
