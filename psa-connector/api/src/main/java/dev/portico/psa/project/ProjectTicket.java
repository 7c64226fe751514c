package dev.portico.psa.project;

import dev.portico.psa.Ref;
import java.io.Serializable;
import java.time.Instant;

/** A ticket of a project's work plan. */
public record ProjectTicket(
        long id, String summary, String status, Ref phase, String wbsCode, boolean closed, Instant dueAt,
        Instant createdAt) implements Serializable {
}
