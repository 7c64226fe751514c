package dev.portico.psa.connectwise.rest;

/** {@code CustomFieldValue}: one custom field of a record. */
public record CwCustomField(Long id, String caption, Object value) {
}
