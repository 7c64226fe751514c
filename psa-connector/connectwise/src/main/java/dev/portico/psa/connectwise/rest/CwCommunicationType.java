package dev.portico.psa.connectwise.rest;

/** {@code CommunicationType}: "Email", "Direct", "Mobile"... */
public record CwCommunicationType(Long id, String description, Boolean phoneFlag, Boolean faxFlag, Boolean emailFlag) {
}
