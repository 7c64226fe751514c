package dev.portico.psa.connectwise.rest;

/** {@code ProjectWorkplanProjectPhase}. */
public record CwWorkplanPhase(
        Long id, Long projectId, String description, CwRef status, CwRef parentPhase, String wbsCode,
        Boolean markAsMilestoneFlag, String startDate, String endDate) {
}
