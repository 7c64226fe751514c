package dev.portico.psa.connectwise.rest;

/** {@code CompanySite}. */
public record CwSite(
        Long id, String name, String addressLine1, String addressLine2, String city, String zip, String phoneNumber,
        Boolean primaryAddressFlag, Boolean inactiveFlag, CwRef company) {
}
