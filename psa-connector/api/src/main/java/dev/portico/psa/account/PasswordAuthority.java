package dev.portico.psa.account;

import dev.portico.psa.PsaScope;
import java.util.OptionalLong;

/**
 * Portal passwords kept by the PSA. Optional: an adapter whose PSA checks portal passwords offers one as a
 * bean; the portal asks for it through {@code Instance<PasswordAuthority>} and works without it (then the PSA
 * keeps no portal passwords, and log-in goes another way).
 */
public interface PasswordAuthority {

    /**
     * Checks a portal e-mail and password with the PSA.
     *
     * @return the id of the contact the PSA signs in, or empty when the credentials are wrong; the caller
     *         still loads the account through {@link AccountGateway#reload}, which refuses inactive and
     *         portal-disabled contacts
     */
    OptionalLong verify(String email, char[] password);

    /** Asks the PSA to e-mail a password reset. Silently does nothing for an unknown e-mail. */
    void requestReset(String email);

    /** Sets a new portal password for the scope's contact after checking the current one. */
    void changePassword(PsaScope scope, char[] currentPassword, char[] newPassword);
}
