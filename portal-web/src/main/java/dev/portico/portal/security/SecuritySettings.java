package dev.portico.portal.security;

import dev.portico.portal.config.ConfigValues;
import java.time.Duration;
import java.util.Locale;

/** The security knobs of the portal; every key is listed in docs/configuration.md. */
public record SecuritySettings(
        CookieSecurity cookieSecure,
        Duration rememberMeMaxAge,
        int accountMaxFailures,
        int addressMaxFailures,
        Duration throttleWindow,
        String frameAncestors,
        int passwordMinLength) {

    public static final String COOKIE_SECURE = "portal.security.cookie-secure";
    public static final String REMEMBER_ME_DAYS = "portal.security.remember-me.max-age-days";
    public static final String ACCOUNT_MAX_FAILURES = "portal.security.throttle.account-max-failures";
    public static final String ADDRESS_MAX_FAILURES = "portal.security.throttle.address-max-failures";
    public static final String THROTTLE_WINDOW_MINUTES = "portal.security.throttle.window-minutes";
    public static final String FRAME_ANCESTORS = "portal.security.frame-ancestors";
    public static final String PASSWORD_MIN_LENGTH = "portal.security.password.min-length";

    /** Whether cookies get the Secure flag. */
    public enum CookieSecurity {
        /** Secure when the request came over HTTPS (as the container sees it). */
        AUTO,
        ALWAYS,
        NEVER;

        public boolean secure(boolean requestIsSecure) {
            return this == ALWAYS || (this == AUTO && requestIsSecure);
        }
    }

    /** @throws IllegalArgumentException naming the key of a value out of range or unsafe */
    public SecuritySettings {
        ConfigValues.range(REMEMBER_ME_DAYS, (int) Math.min(Integer.MAX_VALUE, rememberMeMaxAge.toDays()), 1, 365);
        ConfigValues.range(ACCOUNT_MAX_FAILURES, accountMaxFailures, 1, 1000);
        ConfigValues.range(ADDRESS_MAX_FAILURES, addressMaxFailures, 1, 100_000);
        ConfigValues.range(THROTTLE_WINDOW_MINUTES, (int) Math.min(Integer.MAX_VALUE, throttleWindow.toMinutes()), 1,
                24 * 60);
        frameAncestors(frameAncestors);
        ConfigValues.range(PASSWORD_MIN_LENGTH, passwordMinLength, 1, 128);
    }

    /** The settings when nothing is configured. */
    public static SecuritySettings defaults() {
        return new SecuritySettings(CookieSecurity.AUTO, Duration.ofDays(14), 5, 5, Duration.ofMinutes(15), "'self'",
                8);
    }

    public int rememberMeMaxAgeSeconds() {
        return (int) rememberMeMaxAge.toSeconds();
    }

    /** {@code auto}, {@code true} or {@code false}, as {@value #COOKIE_SECURE} takes it. */
    public static CookieSecurity cookieSecurity(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "auto" -> CookieSecurity.AUTO;
            case "true" -> CookieSecurity.ALWAYS;
            case "false" -> CookieSecurity.NEVER;
            default -> throw new IllegalArgumentException(COOKIE_SECURE + " must be auto, true or false, is '" + value + "'");
        };
    }

    /** A CSP source list; refuses anything that could end the directive or the header. */
    private static void frameAncestors(String value) {
        if (!value.matches("[A-Za-z0-9 '*:/.\\-]+")) {
            throw new IllegalArgumentException(FRAME_ANCESTORS + " must be a CSP source list such as 'self' or "
                    + "'none' or https://intranet.example.com, is '" + value + "'");
        }
    }
}
