package dev.portico.psa.connectwise.rest;

/** {@code Company}, the fields the portal shows. */
public record CwCompany(Long id, String identifier, String name, String phoneNumber, String website) {
}
