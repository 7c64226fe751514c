package dev.portico.psa.connectwise.rest;

/** {@code OpportunityNote}, as POSTed. */
public record CwOpportunityNote(Long id, Long opportunityId, String text, Boolean flagged) {
}
