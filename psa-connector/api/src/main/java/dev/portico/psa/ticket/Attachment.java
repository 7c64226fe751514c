package dev.portico.psa.ticket;

import java.io.Serializable;
import java.time.Instant;

/** A file attached to a ticket and visible to the customer. */
public record Attachment(long id, String title, String fileName, long size, Instant createdAt, String owner)
        implements Serializable {
}
