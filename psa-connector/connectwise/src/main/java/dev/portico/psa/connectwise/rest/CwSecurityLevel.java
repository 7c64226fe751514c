package dev.portico.psa.connectwise.rest;

/** {@code PortalSecurityLevel}. */
public record CwSecurityLevel(Long id, String captionIdentifier, String caption) {
}
