package dev.portico.psa.account;

import dev.portico.psa.reference.SecurityLevel;
import java.io.Serializable;

/**
 * A contact allowed into the portal, with the company it belongs to and its PSA security level
 * (the portal maps the level's key onto permissions and shows its name).
 *
 * @param email the address the contact signed in with, or the contact's main address
 */
public record PortalAccount(
        long contactId,
        String email,
        String firstName,
        String lastName,
        long companyId,
        String companyName,
        SecurityLevel securityLevel) implements Serializable {

    public PortalAccount {
        securityLevel = securityLevel == null ? SecurityLevel.none() : securityLevel;
    }

    public String displayName() {
        return (firstName + " " + lastName).trim();
    }

    /** The same account, shown with the address it signed in with. */
    public PortalAccount signedInAs(String loginEmail) {
        return loginEmail == null || loginEmail.isBlank() ? this
                : new PortalAccount(contactId, loginEmail.trim(), firstName, lastName, companyId, companyName, securityLevel);
    }
}
