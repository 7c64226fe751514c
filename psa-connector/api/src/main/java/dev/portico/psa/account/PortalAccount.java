package dev.portico.psa.account;

import java.io.Serializable;

/**
 * A contact allowed into the portal, with the company it belongs to and its PSA security level
 * (the portal maps the level onto permissions).
 */
public record PortalAccount(
        long contactId,
        String email,
        String firstName,
        String lastName,
        long companyId,
        String companyName,
        String securityLevel) implements Serializable {

    public String displayName() {
        return (firstName + " " + lastName).trim();
    }
}
