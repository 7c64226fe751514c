package dev.portico.portal.account;

import dev.portico.portal.security.CurrentUser;
import dev.portico.portal.security.ManagedPasswords;
import dev.portico.portal.security.Passwords;
import dev.portico.portal.security.PortalSecurity;
import dev.portico.portal.security.RememberMeTokens;
import dev.portico.portal.shell.Messages;
import dev.portico.psa.PsaRejectedException;
import dev.portico.psa.PsaUnavailableException;
import dev.portico.psa.account.PasswordAuthority;
import dev.portico.psa.account.PortalAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * My Account: the signed-in user's details as the session knows them, and the password change (with the PSA,
 * or with Portico's own passwords and their policy). A successful change revokes every remembered log-in of the
 * contact.
 */
@Named
@RequestScoped
public class MyAccount {

    static final String FORM = "password";
    private static final Logger LOG = Logger.getLogger(MyAccount.class.getName());

    @Inject
    CurrentUser currentUser;

    @Inject
    Passwords passwords;

    @Inject
    RememberMeTokens rememberMeTokens;

    @Inject
    PortalSecurity security;

    private String currentPassword;
    private String newPassword;
    private String confirmPassword;

    public PortalAccount getAccount() {
        return currentUser.account();
    }

    public int getMinPasswordLength() {
        return passwords.portal().map(managed -> managed.policy().minLength())
                .orElse(security.settings().passwordMinLength());
    }

    /** Whether portal passwords (the PSA's or Portico's) exist that the user can change here. */
    public boolean isPasswordChangeAvailable() {
        return passwords.isAvailable();
    }

    public void changePassword() {
        Optional<ManagedPasswords> managed = passwords.portal();
        PasswordAuthority authority = passwords.psa().orElse(null);
        if (managed.isEmpty() && authority == null) {
            Messages.error("account.password.unavailable");
            return;
        }
        if (!newPassword.equals(confirmPassword)) {
            Messages.errorFor(FORM + ":confirmPassword", "account.password.mismatch");
            Messages.error("account.password.notChanged");
            return;
        }
        if (newPassword.equals(currentPassword)) {
            Messages.errorFor(FORM + ":newPassword", "account.password.unchanged");
            Messages.error("account.password.notChanged");
            return;
        }
        char[] current = currentPassword.toCharArray();
        char[] replacement = newPassword.toCharArray();
        try {
            if (managed.isPresent()) {
                if (!changedByPortal(managed.get(), current, replacement)) {
                    return;
                }
            } else {
                authority.changePassword(currentUser.scope(), current, replacement);
            }
        } catch (PsaRejectedException e) {
            LOG.log(Level.FINE, "The PSA refused a password change: {0}", e.getMessage());
            Messages.error("account.password.rejected");
            return;
        } catch (PsaUnavailableException e) {
            LOG.log(Level.WARNING, "Password not changed, the PSA is not reachable: {0}", e.getMessage());
            Messages.error("account.password.psaUnavailable");
            return;
        } finally {
            Arrays.fill(current, '\0');
            Arrays.fill(replacement, '\0');
        }
        rememberMeTokens.revokeAll(currentUser.account().contactId());
        currentPassword = null;
        newPassword = null;
        confirmPassword = null;
        Messages.info("account.password.changed");
    }

    /** Whether Portico changed its own stored password; says why on the form when not. */
    private boolean changedByPortal(ManagedPasswords managed, char[] current, char[] replacement) {
        ManagedPasswords.Change change = managed.change(currentUser.account(), current, replacement);
        switch (change) {
            case CHANGED -> {
                return true;
            }
            case CURRENT_WRONG -> Messages.errorFor(FORM + ":currentPassword", "account.password.currentWrong");
            case TOO_SHORT -> Messages.errorFor(FORM + ":newPassword", "account.password.tooShort");
            case TOO_LONG -> Messages.errorFor(FORM + ":newPassword", "account.password.tooLong");
            case COMMON -> Messages.errorFor(FORM + ":newPassword", "account.password.common");
            case CONTAINS_EMAIL -> Messages.errorFor(FORM + ":newPassword", "account.password.containsEmail");
        }
        Messages.error("account.password.notChanged");
        return false;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
