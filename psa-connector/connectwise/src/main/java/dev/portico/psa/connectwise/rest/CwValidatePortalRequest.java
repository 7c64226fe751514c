package dev.portico.psa.connectwise.rest;

/** {@code ValidatePortalRequest}. */
public record CwValidatePortalRequest(String email, String password) {

    @Override
    public String toString() {
        return "CwValidatePortalRequest[email=" + email + ", password=***]";
    }
}
