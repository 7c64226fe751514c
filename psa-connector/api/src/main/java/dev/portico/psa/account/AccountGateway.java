package dev.portico.psa.account;

import java.util.Optional;

/**
 * Finds the contact behind a portal log-in. Every adapter offers this, whoever checks the password (the PSA
 * through a {@link PasswordAuthority}, the portal itself, or a single sign-on provider).
 */
public interface AccountGateway {

    /**
     * The active contact with this e-mail address who may use the portal.
     *
     * @return empty when there is none, when the contact is inactive or barred from the portal, or when the
     *         address belongs to several such contacts; callers must not tell these cases apart to the user
     */
    Optional<PortalAccount> findByEmail(String email);

    /** Loads the account again by contact id, e.g. for a remember-me log-in; empty if no longer allowed in. */
    Optional<PortalAccount> reload(long contactId);
}
