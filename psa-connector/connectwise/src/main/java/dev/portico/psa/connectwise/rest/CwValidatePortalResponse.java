package dev.portico.psa.connectwise.rest;

/** {@code ValidatePortalResponse}. */
public record CwValidatePortalResponse(Boolean success, Long contactId) {

    public boolean succeeded() {
        return Boolean.TRUE.equals(success) && contactId != null && contactId > 0;
    }
}
