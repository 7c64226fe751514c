package dev.portico.psa.ticket;

import java.io.Serializable;
import java.time.Instant;

/**
 * A customer-visible note (discussion or resolution). Internal notes never reach the portal.
 *
 * @param author the member's or contact's name
 * @param fromCustomer written by a contact (through the portal or e-mail), not by the MSP
 */
public record TicketNote(
        long id, long ticketId, String text, String author, boolean fromCustomer, boolean resolution,
        Instant createdAt) implements Serializable {
}
