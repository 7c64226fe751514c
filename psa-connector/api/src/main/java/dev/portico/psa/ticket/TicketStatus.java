package dev.portico.psa.ticket;

import java.io.Serializable;

/**
 * A ticket status: the PSA's name, the customer-facing name the portal shows, and whether it is closed.
 */
public record TicketStatus(long id, String name, String customerName, boolean closed) implements Serializable {

    public TicketStatus {
        name = name == null ? "" : name;
        customerName = customerName == null || customerName.isBlank() ? name : customerName;
    }
}
