package dev.portico.portal.login;

import dev.portico.portal.security.ManagedPasswords;
import dev.portico.portal.security.Passwords;
import dev.portico.portal.shell.Messages;
import dev.portico.psa.PsaException;
import dev.portico.psa.PsaUnavailableException;
import dev.portico.psa.account.PasswordAuthority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Asks the PSA to e-mail a new password, or, with Portico-managed passwords, hands the contact to
 * {@link dev.portico.portal.security.ResetLinks}. The answer is the same whether or not the address is
 * known, so the page cannot be used to find out who has a portal account.
 */
@Named
@RequestScoped
public class ForgotPassword {

    private static final Logger LOG = Logger.getLogger(ForgotPassword.class.getName());

    @Inject
    Passwords passwords;

    private String email;

    public void submit() {
        Optional<ManagedPasswords> managed = passwords.portal();
        PasswordAuthority authority = passwords.psa().orElse(null);
        if (managed.isEmpty() && authority == null) {
            Messages.error("forgot.unavailable");
            return;
        }
        try {
            if (managed.isPresent()) {
                managed.get().requestReset(email.trim());
            } else {
                authority.requestReset(email.trim());
            }
        } catch (PsaUnavailableException e) {
            LOG.log(Level.WARNING, "Password reset not requested, the PSA is not reachable: {0}", e.getMessage());
            Messages.error("forgot.psaUnavailable");
            return;
        } catch (PsaException e) {
            LOG.log(Level.FINE, "The PSA refused a password reset request", e);
        }
        Messages.info("forgot.sent");
        email = null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
