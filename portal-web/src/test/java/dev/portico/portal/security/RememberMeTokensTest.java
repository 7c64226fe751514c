package dev.portico.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.psa.Permission;
import dev.portico.psa.PsaUnavailableException;
import dev.portico.psa.account.AccountGateway;
import dev.portico.psa.account.PortalAccount;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.RememberMeCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RememberMeTokensTest {

    private static final PortalAccount AVA =
            new PortalAccount(11, "ava.admin@contoso.example", "Ava", "Admin", 1, "Contoso Ltd",
                    new dev.portico.psa.reference.SecurityLevel("1", "Company admin"));

    private final LoginThrottleTest.MutableClock clock = new LoginThrottleTest.MutableClock();
    private final InMemoryTokens repository = new InMemoryTokens();
    private final FakeAccounts accounts = new FakeAccounts();
    private final RememberMeTokens tokens = new RememberMeTokens(repository, accounts,
            new LevelPermissions(PermissionMapping.defaults(PermissionMappingTest.ADAPTER_DEFAULTS)), Duration.ofDays(14), clock);

    @Test
    void tokensAreLongRandomAndOnlyTheirHashIsStored() {
        String first = tokens.generateLoginToken(new PortalPrincipal(AVA), Set.of());
        String second = tokens.generateLoginToken(new PortalPrincipal(AVA), Set.of());

        assertNotEquals(first, second);
        assertTrue(first.length() >= 43, "256 bits in base64url");
        assertEquals(Set.of(LoginTokens.hash(first), LoginTokens.hash(second)), repository.rows.keySet());
        assertFalse(repository.rows.containsKey(first));
        assertEquals(AVA.contactId(), repository.rows.get(LoginTokens.hash(first)).contactId());
    }

    @Test
    void hashIsLowerCaseHexSha256() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", LoginTokens.hash("abc"));
    }

    @Test
    void aValidTokenReloadsTheAccountFromThePsaAndCarriesItsPermissions() {
        String token = tokens.generateLoginToken(new CallerPrincipal("11"), Set.of());
        accounts.current = Optional.of(AVA);

        CredentialValidationResult result = tokens.validate(new RememberMeCredential(token));

        assertEquals(Status.VALID, result.getStatus());
        assertEquals("11", result.getCallerPrincipal().getName());
        assertEquals(AVA, ((PortalPrincipal) result.getCallerPrincipal()).account());
        assertTrue(result.getCallerGroups().contains(Permission.VIEW_FINANCE.name()));
        assertTrue(result.getCallerGroups().contains(PortalCredentials.PORTAL_USER));
        assertEquals(11L, accounts.reloaded);
    }

    @Test
    void tokensExpireAfterTheirMaximumAgeAndAreThenDeleted() {
        String token = tokens.generateLoginToken(new PortalPrincipal(AVA), Set.of());
        accounts.current = Optional.of(AVA);
        clock.advance(Duration.ofDays(14).minusSeconds(1));
        assertEquals(Status.VALID, tokens.validate(new RememberMeCredential(token)).getStatus());

        clock.advance(Duration.ofSeconds(1));

        assertEquals(Status.INVALID, tokens.validate(new RememberMeCredential(token)).getStatus());
        assertTrue(repository.rows.isEmpty());
    }

    @Test
    void aContactNoLongerAllowedInLosesTheToken() {
        String token = tokens.generateLoginToken(new PortalPrincipal(AVA), Set.of());
        accounts.current = Optional.empty();

        assertEquals(Status.INVALID, tokens.validate(new RememberMeCredential(token)).getStatus());
        assertTrue(repository.rows.isEmpty());
    }

    @Test
    void aPsaOutageDoesNotDeleteTheToken() {
        String token = tokens.generateLoginToken(new PortalPrincipal(AVA), Set.of());
        accounts.down = true;

        assertEquals(Status.NOT_VALIDATED, tokens.validate(new RememberMeCredential(token)).getStatus());
        assertEquals(1, repository.rows.size());
    }

    @Test
    void unknownTokensAreInvalidWithoutAskingThePsa() {
        assertEquals(Status.INVALID, tokens.validate(new RememberMeCredential("made-up")).getStatus());
        assertEquals(0L, accounts.reloaded);
    }

    @Test
    void logOutRemovesTheTokenAndAPasswordChangeRevokesEveryTokenOfTheContact() {
        String kept = tokens.generateLoginToken(new CallerPrincipal("12"), Set.of());
        String loggedOut = tokens.generateLoginToken(new PortalPrincipal(AVA), Set.of());
        tokens.generateLoginToken(new PortalPrincipal(AVA), Set.of());

        tokens.removeLoginToken(loggedOut);
        assertEquals(2, repository.rows.size());

        tokens.revokeAll(AVA.contactId());
        assertEquals(Set.of(LoginTokens.hash(kept)), repository.rows.keySet());
    }

    @Test
    void expiredRowsArePurgedWhenANewTokenIsIssued() {
        tokens.generateLoginToken(new PortalPrincipal(AVA), Set.of());
        clock.advance(Duration.ofDays(15));

        String fresh = tokens.generateLoginToken(new PortalPrincipal(AVA), Set.of());

        assertEquals(Set.of(LoginTokens.hash(fresh)), repository.rows.keySet());
    }

    static final class InMemoryTokens implements TokenRepository {

        final Map<String, RememberMeToken> rows = new HashMap<>();

        @Override
        public void save(RememberMeToken token) {
            rows.put(token.tokenHash(), token);
        }

        @Override
        public Optional<RememberMeToken> find(String tokenHash) {
            return Optional.ofNullable(rows.get(tokenHash));
        }

        @Override
        public void delete(String tokenHash) {
            rows.remove(tokenHash);
        }

        @Override
        public void deleteForContact(long contactId) {
            rows.values().removeIf(row -> row.contactId() == contactId);
        }

        @Override
        public void deleteExpired(Instant now) {
            new HashSet<>(rows.values()).stream().filter(row -> row.expiredAt(now))
                    .forEach(row -> rows.remove(row.tokenHash()));
        }
    }

    static final class FakeAccounts implements AccountGateway {

        Optional<PortalAccount> current = Optional.empty();
        boolean down;
        long reloaded;

        @Override
        public Optional<PortalAccount> findByEmail(String email) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<PortalAccount> reload(long contactId) {
            if (down) {
                throw new PsaUnavailableException("PSA down", null);
            }
            reloaded = contactId;
            return current;
        }
    }
}
