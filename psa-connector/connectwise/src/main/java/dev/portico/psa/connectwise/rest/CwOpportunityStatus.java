package dev.portico.psa.connectwise.rest;

/** {@code OpportunityStatus}. */
public record CwOpportunityStatus(
        Long id, String name, Boolean wonFlag, Boolean lostFlag, Boolean closedFlag, Boolean inactiveFlag) {
}
