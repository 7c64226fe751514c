package dev.portico.portal.security;

import dev.portico.psa.account.AccountGateway;
import dev.portico.psa.account.PasswordAuthority;
import dev.portico.psa.account.PortalAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Checks e-mail and password, as {@link Passwords} says: with the PSA's
 * {@link dev.portico.psa.account.PasswordAuthority}, then loads the contact's account; or with Portico's own
 * {@link ManagedPasswords}, which finds the contact by e-mail and checks the stored hash. Wrong password, unknown
 * e-mail, inactive and portal-disabled contacts all come back as the same INVALID result. With password log-in
 * off ({@link Passwords.Mode#NONE}) password log-ins are not validated at all. A PSA that cannot be reached
 * surfaces as {@link dev.portico.psa.PsaUnavailableException} for the mechanism to report.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    AccountGateway accounts;

    @Inject
    LevelPermissions levels;

    @Inject
    Passwords passwords;

    /** Dispatches without the API's reflective default, which would wrap PSA failures in IllegalStateException. */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential password) {
            return validate(password);
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String email = credential.getCaller() == null ? "" : credential.getCaller().trim();
        if (email.isEmpty() || credential.getPassword().getValue().length == 0) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<PortalAccount> account;
        Optional<ManagedPasswords> managed = passwords.portal();
        Optional<PasswordAuthority> authority = passwords.psa();
        if (managed.isPresent()) {
            account = managed.get().verify(email, credential.getPassword().getValue());
        } else if (authority.isPresent()) {
            OptionalLong contactId = authority.get().verify(email, credential.getPassword().getValue());
            account = contactId.isPresent()
                    ? accounts.reload(contactId.getAsLong()).map(found -> found.signedInAs(email))
                    : Optional.empty();
        } else {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return account
                .map(found -> PortalCredentials.valid(found, levels.forLevel(found.securityLevel())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
