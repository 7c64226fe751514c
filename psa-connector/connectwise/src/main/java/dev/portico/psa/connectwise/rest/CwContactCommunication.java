package dev.portico.psa.connectwise.rest;

/** {@code ContactCommunication}, as POSTed to add an e-mail address or phone number. */
public record CwContactCommunication(
        Long id, Long contactId, CwRef type, String value, String extension, Boolean defaultFlag,
        String communicationType) {
}
