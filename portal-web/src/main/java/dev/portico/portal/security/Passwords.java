package dev.portico.portal.security;

import dev.portico.portal.config.ConfigValues;
import dev.portico.psa.account.PasswordAuthority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who checks portal passwords: the PSA, when the adapter offers a {@link PasswordAuthority} (ConnectWise does),
 * or Portico itself ({@link ManagedPasswords}) when it offers none or {@value #MANAGED} is {@code true}. Pages ask
 * {@code #{passwords.available}} to offer the password form, reset and change.
 */
@Named
@ApplicationScoped
public class Passwords {

    public static final String MANAGED = "portal.passwords.managed";

    /** Where passwords are checked. */
    public enum Mode {
        /** The PSA's {@link PasswordAuthority}. */
        PSA,
        /** Portico's own store of password hashes. */
        PORTAL,
        /** Nowhere: password log-in is off. */
        NONE
    }

    @Inject
    Instance<PasswordAuthority> authorities;

    @Inject
    Instance<ManagedPasswords> managedPasswords;

    @Inject
    @ConfigProperty(name = MANAGED)
    Optional<String> managed;

    private Optional<PasswordAuthority> fixed;
    private ManagedPasswords fixedManaged;

    Passwords() {
    }

    /** For tests: a fixed authority, or none (and then no passwords at all). */
    public static Passwords of(PasswordAuthority authority) {
        Passwords passwords = new Passwords();
        passwords.fixed = Optional.ofNullable(authority);
        passwords.managed = Optional.of("false");
        return passwords;
    }

    /** For tests: Portico-managed passwords. */
    public static Passwords managedBy(ManagedPasswords managedPasswords) {
        Passwords passwords = new Passwords();
        passwords.fixed = Optional.empty();
        passwords.fixedManaged = managedPasswords;
        passwords.managed = Optional.of("true");
        return passwords;
    }

    /**
     * {@value #MANAGED}: unset or {@code auto} uses the PSA's authority when there is one and Portico's own
     * passwords otherwise; {@code true} always Portico's; {@code false} only the PSA's (none without one).
     */
    public Mode mode() {
        String setting = ConfigValues.text(managed, "auto").toLowerCase(Locale.ROOT);
        boolean psaHasPasswords = authority().isPresent();
        return switch (setting) {
            case "true" -> Mode.PORTAL;
            case "false" -> psaHasPasswords ? Mode.PSA : Mode.NONE;
            case "auto" -> psaHasPasswords ? Mode.PSA : Mode.PORTAL;
            default -> throw new IllegalArgumentException(
                    "Config key " + MANAGED + " must be auto, true or false, is '" + setting + "'");
        };
    }

    /** Reads the setting when the application starts, so a bad value stops the deployment naming its key. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        mode();
    }

    /** The PSA's password authority, when the adapter offers one (whether or not it is used). */
    public Optional<PasswordAuthority> authority() {
        if (fixed != null) {
            return fixed;
        }
        return authorities.isResolvable() ? Optional.of(authorities.get()) : Optional.empty();
    }

    /** The PSA's authority when the PSA checks passwords. */
    public Optional<PasswordAuthority> psa() {
        return mode() == Mode.PSA ? authority() : Optional.empty();
    }

    /** Portico's own passwords when Portico checks them. */
    public Optional<ManagedPasswords> portal() {
        if (mode() != Mode.PORTAL) {
            return Optional.empty();
        }
        return Optional.of(fixedManaged != null ? fixedManaged : managedPasswords.get());
    }

    public boolean isAvailable() {
        return mode() != Mode.NONE;
    }

    public boolean isManaged() {
        return mode() == Mode.PORTAL;
    }
}
