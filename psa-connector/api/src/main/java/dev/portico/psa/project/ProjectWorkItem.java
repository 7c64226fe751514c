package dev.portico.psa.project;

import dev.portico.psa.Ref;
import java.io.Serializable;
import java.time.Instant;

/**
 * A piece of work of a project's plan (a project ticket or task, as the PSA calls it).
 *
 * @param phase the phase it belongs to, null when none
 * @param wbsCode its place in the plan ("1.2"), null when the PSA has none
 */
public record ProjectWorkItem(
        long id, String title, String status, Ref phase, String wbsCode, boolean closed, Instant dueAt,
        Instant createdAt) implements Serializable {
}
