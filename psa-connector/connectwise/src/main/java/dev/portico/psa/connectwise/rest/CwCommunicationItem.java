package dev.portico.psa.connectwise.rest;

import jakarta.json.bind.annotation.JsonbTransient;

/** {@code ContactCommunicationItem}: one e-mail address, phone or fax number of a contact. */
public record CwCommunicationItem(
        Long id, CwRef type, String value, String extension, Boolean defaultFlag, String communicationType) {

    @JsonbTransient
    public boolean isEmail() {
        return "Email".equalsIgnoreCase(communicationType);
    }

    @JsonbTransient
    public boolean isPhone() {
        return "Phone".equalsIgnoreCase(communicationType);
    }
}
