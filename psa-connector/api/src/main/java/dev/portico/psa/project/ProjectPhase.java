package dev.portico.psa.project;

import java.io.Serializable;
import java.time.Instant;

/** A phase of a project's plan; {@code parentPhaseId} is null for top-level phases. */
public record ProjectPhase(
        long id, String title, String status, Long parentPhaseId, String wbsCode, boolean milestone,
        Instant startDate, Instant endDate) implements Serializable {
}
