package dev.portico.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.psa.PsaScope;
import dev.portico.psa.PsaUnavailableException;
import dev.portico.psa.account.AccountGateway;
import dev.portico.psa.account.PasswordAuthority;
import dev.portico.psa.account.PortalAccount;
import dev.portico.psa.reference.SecurityLevel;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ManagedPasswordsTest {

    private static final String PASSWORD = "lantern-orbit-kettle";
    private static final PortalAccount AVA = new PortalAccount(11, "ava.admin@contoso.example", "Ava", "Admin", 1,
            "Contoso Ltd", new SecurityLevel("1", "Company Administrator"));
    private static final PortalAccount SAM = new PortalAccount(12, "sam.standard@contoso.example", "Sam", "Standard",
            1, "Contoso Ltd", new SecurityLevel("2", "All Company Tickets"));
    private static final String PSA_DOWN = "psa.down@contoso.example";

    /** Counts how often a hash is computed, to show unknown addresses cost the same work. */
    private static final class CountingHash implements Pbkdf2PasswordHash {
        private final Pbkdf2PasswordHash real = new Pbkdf2PasswordHashImpl();
        final AtomicInteger verifications = new AtomicInteger();

        @Override
        public void initialize(Map<String, String> parameters) {
            real.initialize(parameters);
        }

        @Override
        public String generate(char[] password) {
            return real.generate(password);
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            verifications.incrementAndGet();
            return real.verify(password, hashedPassword);
        }
    }

    private static class MemoryStore implements PasswordStore {
        final Map<Long, PortalPassword> rows = new HashMap<>();

        @Override
        public Optional<PortalPassword> find(long contactId) {
            return Optional.ofNullable(rows.get(contactId));
        }

        @Override
        public List<PortalPassword> findByEmail(String email) {
            return rows.values().stream().filter(p -> p.loginEmail().equals(PortalPassword.normalise(email))).toList();
        }

        @Override
        public void put(long contactId, String loginEmail, String passwordHash, Instant setAt) {
            rows.put(contactId, new PortalPassword(contactId, loginEmail, passwordHash, setAt));
        }

        @Override
        public boolean putIfAbsent(long contactId, String loginEmail, String passwordHash, Instant setAt) {
            return rows.putIfAbsent(contactId, new PortalPassword(contactId, loginEmail, passwordHash, setAt)) == null;
        }
    }

    /** Only Ava and Sam are active portal contacts; the address of a disabled contact finds nobody. */
    private static final AccountGateway ACCOUNTS = new AccountGateway() {
        @Override
        public Optional<PortalAccount> findByEmail(String email) {
            if (PSA_DOWN.equals(email)) {
                throw new PsaUnavailableException("down", null);
            }
            return List.of(AVA, SAM).stream().filter(a -> a.email().equalsIgnoreCase(email.trim())).findFirst();
        }

        @Override
        public Optional<PortalAccount> reload(long contactId) {
            return List.of(AVA, SAM).stream().filter(a -> a.contactId() == contactId).findFirst();
        }
    };

    private static final CountingHash HASH = new CountingHash();
    private static final PasswordHashing HASHING = new PasswordHashing(HASH);
    private static final String AVA_HASH = HASHING.hash(PASSWORD.toCharArray());
    private static final String SEEDED_HASH = HASHING.hash("portico-demo".toCharArray());

    private MemoryStore store;
    private List<PortalAccount> resetLinksSent;
    private ManagedPasswords passwords;

    @BeforeEach
    void setUp() {
        store = new MemoryStore();
        store.put(AVA.contactId(), AVA.email(), AVA_HASH, Instant.parse("2026-01-01T00:00:00Z"));
        resetLinksSent = new ArrayList<>();
        passwords = new ManagedPasswords(ACCOUNTS, store, resetLinksSent::add, HASHING, PasswordPolicy.standard(8),
                PasswordSeed.parse("sam.standard@contoso.example=" + SEEDED_HASH),
                Clock.fixed(Instant.parse("2026-12-02T11:00:00Z"), ZoneOffset.UTC));
        HASH.verifications.set(0);
    }

    @Test
    void theRightPasswordSignsInTheContactFoundByEmail() {
        Optional<PortalAccount> account = passwords.verify("Ava.Admin@contoso.example", PASSWORD.toCharArray());

        assertEquals(11, account.orElseThrow().contactId());
        assertEquals("Ava.Admin@contoso.example", account.get().email(), "shown with the address typed in");
        assertTrue(passwords.verify("ava.admin@contoso.example", "lantern-orbit-kettlE".toCharArray()).isEmpty());
    }

    @Test
    void anUnknownAddressOrAContactWithoutPasswordCostsOneHashCheckLikeAKnownOne() {
        passwords.verify("ava.admin@contoso.example", "wrong-password-1".toCharArray());
        int known = HASH.verifications.getAndSet(0);
        Optional<PortalAccount> unknown = passwords.verify("nobody@contoso.example", "wrong-password-1".toCharArray());
        int forUnknown = HASH.verifications.getAndSet(0);
        Optional<PortalAccount> disabled = passwords.verify("dan.disabled@contoso.example", "portico-demo".toCharArray());
        int forDisabled = HASH.verifications.getAndSet(0);

        assertEquals(1, known);
        assertEquals(1, forUnknown, "the dummy hash");
        assertEquals(1, forDisabled, "the dummy hash");
        assertTrue(unknown.isEmpty());
        assertTrue(disabled.isEmpty());
    }

    @Test
    void theIdentityStoreGivesTheNeutralInvalidResultAndNeverAsksThePsaForAPassword() {
        PortalIdentityStore identities = new PortalIdentityStore();
        identities.accounts = ACCOUNTS;
        identities.levels = new LevelPermissions(PermissionMapping.defaults(PermissionMappingTest.ADAPTER_DEFAULTS));
        identities.passwords = Passwords.managedBy(passwords);

        CredentialValidationResult valid = identities.validate(new UsernamePasswordCredential(AVA.email(), PASSWORD));
        CredentialValidationResult wrong = identities.validate(new UsernamePasswordCredential(AVA.email(), "nope-nope-nope"));
        CredentialValidationResult disabled = identities.validate(
                new UsernamePasswordCredential("dan.disabled@contoso.example", "portico-demo"));

        assertEquals(CredentialValidationResult.Status.VALID, valid.getStatus());
        assertEquals(11, ((PortalPrincipal) valid.getCallerPrincipal()).account().contactId());
        assertEquals(CredentialValidationResult.Status.INVALID, wrong.getStatus());
        assertEquals(CredentialValidationResult.Status.INVALID, disabled.getStatus());
        assertTrue(identities.passwords.isManaged());
        assertTrue(identities.passwords.psa().isEmpty());
        assertThrows(PsaUnavailableException.class,
                () -> identities.validate(new UsernamePasswordCredential(PSA_DOWN, PASSWORD)), "reported as such");
    }

    @Test
    void managedPasswordsCanReplaceThePsasAuthority() {
        PasswordAuthority psa = new PasswordAuthority() {
            @Override
            public OptionalLong verify(String email, char[] password) {
                throw new AssertionError("the PSA must not be asked");
            }

            @Override
            public void requestReset(String email) {
                throw new AssertionError("the PSA must not be asked");
            }

            @Override
            public void changePassword(PsaScope scope, char[] currentPassword, char[] newPassword) {
                throw new AssertionError("the PSA must not be asked");
            }
        };
        Passwords psaOnly = Passwords.of(psa);

        assertEquals(Passwords.Mode.PSA, psaOnly.mode());
        assertEquals(Passwords.Mode.NONE, Passwords.of(null).mode());
        assertEquals(Passwords.Mode.PORTAL, Passwords.managedBy(passwords).mode());
    }

    @Test
    void aSeededHashIsStoredAtTheFirstLogInAndNeverOverridesAChangedPassword() {
        assertTrue(store.find(SAM.contactId()).isEmpty());

        assertTrue(passwords.verify("sam.standard@contoso.example", "portico-demo".toCharArray()).isPresent());
        assertEquals(SEEDED_HASH, store.find(SAM.contactId()).orElseThrow().passwordHash());
        assertEquals(ManagedPasswords.Change.CHANGED,
                passwords.change(SAM, "portico-demo".toCharArray(), "Tr0mbone-Ferry-Quartz".toCharArray()));

        assertTrue(passwords.verify("sam.standard@contoso.example", "portico-demo".toCharArray()).isEmpty());
        assertTrue(passwords.verify("sam.standard@contoso.example", "Tr0mbone-Ferry-Quartz".toCharArray()).isPresent());
    }

    @Test
    void aSeededHashStoredMeanwhileByAnotherLogInIsUsed() {
        MemoryStore racing = new MemoryStore() {
            @Override
            public boolean putIfAbsent(long contactId, String loginEmail, String passwordHash, Instant setAt) {
                super.putIfAbsent(contactId, loginEmail, passwordHash, setAt);
                throw new IllegalStateException("duplicate key, stored by the other log-in");
            }
        };
        ManagedPasswords managed = new ManagedPasswords(ACCOUNTS, racing, resetLinksSent::add, HASHING,
                PasswordPolicy.standard(8), PasswordSeed.parse("sam.standard@contoso.example=" + SEEDED_HASH),
                Clock.systemUTC());

        assertTrue(managed.verify("sam.standard@contoso.example", "portico-demo".toCharArray()).isPresent());
    }

    @Test
    void aChangeNeedsTheCurrentPasswordAndANewOneThePolicyAccepts() {
        assertEquals(ManagedPasswords.Change.CURRENT_WRONG,
                passwords.change(AVA, "not-the-password".toCharArray(), "Tr0mbone-Ferry-Quartz".toCharArray()));
        assertEquals(ManagedPasswords.Change.TOO_SHORT,
                passwords.change(AVA, PASSWORD.toCharArray(), "short-one".toCharArray()));
        assertEquals(ManagedPasswords.Change.COMMON,
                passwords.change(AVA, PASSWORD.toCharArray(), "Password1234!".toCharArray()));
        assertEquals(ManagedPasswords.Change.CONTAINS_EMAIL,
                passwords.change(AVA, PASSWORD.toCharArray(), "ava.admin-is-me-2026".toCharArray()));
        assertEquals(AVA_HASH, store.find(AVA.contactId()).orElseThrow().passwordHash(), "unchanged so far");

        assertEquals(ManagedPasswords.Change.CHANGED,
                passwords.change(AVA, PASSWORD.toCharArray(), "Tr0mbone-Ferry-Quartz".toCharArray()));

        PortalPassword stored = store.find(AVA.contactId()).orElseThrow();
        assertEquals(Instant.parse("2026-12-02T11:00:00Z"), stored.setAt());
        assertEquals("ava.admin@contoso.example", stored.loginEmail());
        assertFalse(stored.passwordHash().contains("Tr0mbone"));
        assertTrue(passwords.verify(AVA.email(), "Tr0mbone-Ferry-Quartz".toCharArray()).isPresent());
        assertTrue(passwords.verify(AVA.email(), PASSWORD.toCharArray()).isEmpty());
    }

    @Test
    void aResetGoesToTheResetLinksOnlyForAnActivePortalContact() {
        passwords.requestReset("ava.admin@contoso.example");
        passwords.requestReset("nobody@contoso.example");
        passwords.requestReset("dan.disabled@contoso.example");

        assertEquals(List.of(AVA), resetLinksSent);
    }
}
