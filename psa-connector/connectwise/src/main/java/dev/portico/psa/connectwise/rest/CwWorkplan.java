package dev.portico.psa.connectwise.rest;

import java.util.List;

/** {@code ProjectWorkplan}. */
public record CwWorkplan(Long projectId, List<CwWorkplanPhase> phases) {
}
