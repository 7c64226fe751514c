package dev.portico.portal.security;

import dev.portico.psa.PsaUnavailableException;
import dev.portico.psa.account.AccountGateway;
import dev.portico.psa.account.PortalAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.RememberMeCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.RememberMeIdentityStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Remember-me log-ins. The cookie carries a random token; the database keeps only its hash, the
 * contact and an expiry. Each use reloads the account from the PSA, so a contact disabled since
 * is refused. Log-out and password changes revoke tokens.
 */
@ApplicationScoped
public class RememberMeTokens implements RememberMeIdentityStore {

    private static final Logger LOG = Logger.getLogger(RememberMeTokens.class.getName());

    @Inject
    TokenRepository repository;

    @Inject
    AccountGateway accounts;

    @Inject
    LevelPermissions levels;

    @Inject
    PortalSecurity security;

    private Clock clock;
    private Duration maxAge;

    RememberMeTokens() {
    }

    RememberMeTokens(TokenRepository repository, AccountGateway accounts, LevelPermissions levels, Duration maxAge,
            Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.levels = levels;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @PostConstruct
    void init() {
        clock = Clock.systemUTC();
        maxAge = security.settings().rememberMeMaxAge();
    }

    @Override
    public String generateLoginToken(CallerPrincipal callerPrincipal, Set<String> groups) {
        Instant now = clock.instant();
        repository.deleteExpired(now);
        String token = LoginTokens.newToken();
        repository.save(new RememberMeToken(LoginTokens.hash(token), PortalPrincipal.contactId(callerPrincipal), now,
                now.plus(maxAge)));
        return token;
    }

    @Override
    public CredentialValidationResult validate(RememberMeCredential credential) {
        String hash = LoginTokens.hash(credential.getToken());
        Optional<RememberMeToken> stored = repository.find(hash);
        if (stored.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (stored.get().expiredAt(clock.instant())) {
            repository.delete(hash);
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<PortalAccount> account;
        try {
            account = accounts.reload(stored.get().contactId());
        } catch (PsaUnavailableException e) {
            // the log-in page then says the PSA cannot be reached when the user tries by password
            LOG.log(Level.INFO, "Remember-me log-in skipped, the PSA is not reachable: {0}", e.getMessage());
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (account.isEmpty()) {
            repository.delete(hash);
            return CredentialValidationResult.INVALID_RESULT;
        }
        return PortalCredentials.valid(account.get(), levels.forLevel(account.get().securityLevel()));
    }

    @Override
    public void removeLoginToken(String token) {
        repository.delete(LoginTokens.hash(token));
    }

    /** Revokes every remembered log-in of a contact, e.g. after a password change. */
    public void revokeAll(long contactId) {
        repository.deleteForContact(contactId);
    }
}
