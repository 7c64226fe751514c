package dev.portico.portal.security;

import dev.portico.psa.account.PortalAccount;
import jakarta.security.enterprise.CallerPrincipal;

/**
 * The signed-in caller. Its name is the PSA contact id (stable, unlike the e-mail address); it
 * carries the account loaded at log-in so the first page needs no second trip to the PSA.
 */
public class PortalPrincipal extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final PortalAccount account;

    public PortalPrincipal(PortalAccount account) {
        super(Long.toString(account.contactId()));
        this.account = account;
    }

    public PortalAccount account() {
        return account;
    }

    /** The contact id behind any caller principal of this portal. */
    public static long contactId(java.security.Principal principal) {
        return Long.parseLong(principal.getName());
    }
}
