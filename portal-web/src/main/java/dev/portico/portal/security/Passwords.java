package dev.portico.portal.security;

import dev.portico.psa.account.PasswordAuthority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * Whether portal passwords exist at all: the PSA adapter may offer a {@link PasswordAuthority} (ConnectWise
 * does) or not. Pages ask {@code #{passwords.available}} to offer the password form, reset and change.
 */
@Named
@ApplicationScoped
public class Passwords {

    @Inject
    Instance<PasswordAuthority> authorities;

    private Optional<PasswordAuthority> fixed;

    Passwords() {
    }

    /** For tests: a fixed authority, or none. */
    public static Passwords of(PasswordAuthority authority) {
        Passwords passwords = new Passwords();
        passwords.fixed = Optional.ofNullable(authority);
        return passwords;
    }

    /** The PSA's password authority, when the adapter offers one. */
    public Optional<PasswordAuthority> authority() {
        if (fixed != null) {
            return fixed;
        }
        return authorities.isResolvable() ? Optional.of(authorities.get()) : Optional.empty();
    }

    public boolean isAvailable() {
        return authority().isPresent();
    }
}
