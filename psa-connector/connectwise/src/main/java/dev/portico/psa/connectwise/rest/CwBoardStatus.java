package dev.portico.psa.connectwise.rest;

/** {@code BoardStatus}, with the customer-facing name. */
public record CwBoardStatus(
        Long id, String name, CwRef board, Integer sortOrder, Boolean inactive, Boolean closedStatus,
        Boolean defaultFlag, String customerPortalDescription, Boolean customerPortalFlag) {
}
