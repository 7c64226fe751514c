package dev.portico.psa.ticket;

import java.io.Serializable;
import java.util.Objects;

/**
 * A ticket status: the PSA's own name (for logs and support only), the label the customer sees, and what it
 * means to the customer. The portal decides on the {@link StatusKind} and shows the label; it never compares
 * names.
 */
public record TicketStatus(long id, String name, String label, StatusKind kind) implements Serializable {

    public TicketStatus {
        name = name == null ? "" : name;
        label = label == null || label.isBlank() ? name : label;
        Objects.requireNonNull(kind, "kind");
    }

    /** Whether the status means the work is completed. */
    public boolean closed() {
        return kind == StatusKind.COMPLETED;
    }
}
