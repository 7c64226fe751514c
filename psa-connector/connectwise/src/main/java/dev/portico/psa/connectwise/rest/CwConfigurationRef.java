package dev.portico.psa.connectwise.rest;

/** {@code ConfigurationReference}: a configuration attached to a ticket. */
public record CwConfigurationRef(Long id, String deviceIdentifier) {
}
