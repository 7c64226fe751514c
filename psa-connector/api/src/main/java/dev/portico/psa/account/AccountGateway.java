package dev.portico.psa.account;

import dev.portico.psa.PsaScope;
import java.util.Optional;

/** Portal log-in and password handling, answered by the PSA. */
public interface AccountGateway {

    /**
     * Checks a portal e-mail and password with the PSA.
     *
     * @return the account, or empty when the credentials are wrong or the contact is inactive or
     *         barred from the portal; callers must not tell these cases apart to the user
     */
    Optional<PortalAccount> authenticate(String email, char[] password);

    /** Loads the account again by contact id, e.g. for a remember-me log-in; empty if no longer allowed in. */
    Optional<PortalAccount> reload(long contactId);

    /** Asks the PSA to e-mail a password reset. Silently does nothing for an unknown e-mail. */
    void requestPasswordReset(String email);

    /** Sets a new portal password for the scope's contact after checking the current one. */
    void changePassword(PsaScope scope, char[] currentPassword, char[] newPassword);
}
