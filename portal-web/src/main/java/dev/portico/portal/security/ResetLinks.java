package dev.portico.portal.security;

import dev.portico.psa.account.PortalAccount;

/**
 * Sends a contact a single-use link to set a new Portico-managed password. The forgot-password page calls it
 * only for an active portal contact found by the address typed in, and answers the same whatever happens,
 * so the page never tells whether an address has an account.
 */
public interface ResetLinks {

    void send(PortalAccount account);
}
