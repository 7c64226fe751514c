package dev.portico.portal.security;

import dev.portico.psa.account.AccountGateway;
import dev.portico.psa.account.PortalAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Portico-managed passwords: used when the PSA keeps no portal passwords (or {@code portal.passwords.managed=true}).
 * The contact is found through {@link AccountGateway#findByEmail} (which refuses inactive and portal-disabled
 * contacts), and the password is checked against the hash the portal keeps for that contact id. An unknown
 * address, or a contact without a password, costs the same hashing work against a dummy hash. Seeded hashes
 * ({@value PasswordSeed#KEY}) are stored the first time their contact is found without a password of its own.
 */
@ApplicationScoped
public class ManagedPasswords {

    private static final Logger LOG = Logger.getLogger(ManagedPasswords.class.getName());

    /** What a password change came to. */
    public enum Change {
        CHANGED,
        CURRENT_WRONG,
        TOO_SHORT,
        TOO_LONG,
        COMMON,
        CONTAINS_EMAIL
    }

    @Inject
    AccountGateway accounts;

    @Inject
    PasswordStore store;

    @Inject
    ResetLinks resetLinks;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    PortalSecurity security;

    @Inject
    @ConfigProperty(name = PasswordSeed.KEY)
    Optional<String> seedValue;

    private PasswordHashing hashing;
    private PasswordPolicy policy;
    private PasswordSeed seed;
    private Clock clock;

    ManagedPasswords() {
    }

    ManagedPasswords(AccountGateway accounts, PasswordStore store, ResetLinks resetLinks, PasswordHashing hashing,
            PasswordPolicy policy, PasswordSeed seed, Clock clock) {
        this.accounts = accounts;
        this.store = store;
        this.resetLinks = resetLinks;
        this.hashing = hashing;
        this.policy = policy;
        this.seed = seed;
        this.clock = clock;
    }

    @PostConstruct
    void init() {
        seed = PasswordSeed.parse(seedValue.orElse(null));
        policy = PasswordPolicy.standard(security.settings().passwordMinLength());
        hashing = new PasswordHashing(pbkdf2);
        clock = Clock.systemUTC();
        if (seed.size() > 0) {
            LOG.info(() -> seed.size() + " seeded portal password(s) configured in " + PasswordSeed.KEY);
        }
    }

    /** Reads the seed at start-up, so a malformed one stops the deployment naming the key. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        policy();
    }

    public PasswordPolicy policy() {
        return policy;
    }

    /**
     * The account the e-mail and password sign in, or empty (unknown address, inactive or portal-disabled
     * contact, no password, wrong password: never told apart).
     *
     * @throws dev.portico.psa.PsaUnavailableException when the PSA cannot be asked for the contact
     */
    public Optional<PortalAccount> verify(String email, char[] password) {
        Optional<PortalAccount> account = accounts.findByEmail(email);
        Optional<String> stored = account.flatMap(found -> storedHash(found.contactId(), email));
        if (stored.isEmpty()) {
            hashing.verifyDummy(password);
            return Optional.empty();
        }
        if (!hashing.verify(password, stored.get())) {
            return Optional.empty();
        }
        if (PasswordHashing.outdated(stored.get())) {
            store.put(account.get().contactId(), email, hashing.hash(password), clock.instant());
        }
        return account.map(found -> found.signedInAs(email));
    }

    /** Changes the signed-in contact's password after checking the current one and the policy. */
    public Change change(PortalAccount account, char[] currentPassword, char[] newPassword) {
        Optional<String> stored = storedHash(account.contactId(), account.email());
        if (stored.isEmpty()) {
            hashing.verifyDummy(currentPassword);
            return Change.CURRENT_WRONG;
        }
        if (!hashing.verify(currentPassword, stored.get())) {
            return Change.CURRENT_WRONG;
        }
        Optional<PasswordPolicy.Problem> problem = policy.check(newPassword, account.email());
        if (problem.isPresent()) {
            return switch (problem.get()) {
                case TOO_SHORT -> Change.TOO_SHORT;
                case TOO_LONG -> Change.TOO_LONG;
                case COMMON -> Change.COMMON;
                case CONTAINS_EMAIL -> Change.CONTAINS_EMAIL;
            };
        }
        store.put(account.contactId(), account.email(), hashing.hash(newPassword), clock.instant());
        LOG.fine(() -> "Portal password changed for contact " + account.contactId());
        return Change.CHANGED;
    }

    /**
     * Hands an active portal contact with this address to {@link ResetLinks}; does nothing visible otherwise.
     *
     * @throws dev.portico.psa.PsaUnavailableException when the PSA cannot be asked for the contact
     */
    public void requestReset(String email) {
        Optional<PortalAccount> account = accounts.findByEmail(email);
        if (account.isEmpty()) {
            LOG.fine("Password reset asked for an address with no active portal contact; nothing sent");
            return;
        }
        resetLinks.send(account.get());
    }

    /** The contact's stored hash; else the seeded one for the address, which is then stored. */
    private Optional<String> storedHash(long contactId, String email) {
        Optional<PortalPassword> stored = store.find(contactId);
        if (stored.isPresent()) {
            return stored.map(PortalPassword::passwordHash);
        }
        Optional<String> seeded = seed.hashFor(email);
        if (seeded.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (store.putIfAbsent(contactId, email, seeded.get(), clock.instant())) {
                LOG.fine(() -> "Seeded portal password stored for contact " + contactId);
                return seeded;
            }
        } catch (RuntimeException storedMeanwhile) {
            // two first log-ins at once: the other one stored it (the row's key is the contact id)
            LOG.log(Level.FINE, "Seeded portal password not stored twice for contact " + contactId, storedMeanwhile);
        }
        return store.find(contactId).map(PortalPassword::passwordHash);
    }
}
