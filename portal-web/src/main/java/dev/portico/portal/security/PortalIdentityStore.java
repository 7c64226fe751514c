package dev.portico.portal.security;

import dev.portico.psa.account.AccountGateway;
import dev.portico.psa.account.PortalAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;

/**
 * Checks e-mail and password with the PSA. Wrong password, unknown e-mail, inactive and
 * portal-disabled contacts all come back as the same INVALID result. A PSA that cannot be reached
 * surfaces as {@link dev.portico.psa.PsaUnavailableException} for the mechanism to report.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    AccountGateway accounts;

    @Inject
    LevelPermissions levels;

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
        Optional<PortalAccount> account = accounts.authenticate(email, credential.getPassword().getValue());
        return account
                .map(found -> PortalCredentials.valid(found, levels.forLevel(found.securityLevel())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
