package dev.portico.portal.security;

import dev.portico.portal.config.ConfigLookup;
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

    public static SecuritySettings from(ConfigLookup config) {
        return new SecuritySettings(
                cookieSecurity(config.string(COOKIE_SECURE, "auto")),
                Duration.ofDays(config.integer(REMEMBER_ME_DAYS, 14, 1, 365)),
                config.integer(ACCOUNT_MAX_FAILURES, 5, 1, 1000),
                config.integer(ADDRESS_MAX_FAILURES, 5, 1, 100_000),
                Duration.ofMinutes(config.integer(THROTTLE_WINDOW_MINUTES, 15, 1, 24 * 60)),
                frameAncestors(config.string(FRAME_ANCESTORS, "'self'")),
                config.integer(PASSWORD_MIN_LENGTH, 8, 1, 128));
    }

    public int rememberMeMaxAgeSeconds() {
        return (int) rememberMeMaxAge.toSeconds();
    }

    private static CookieSecurity cookieSecurity(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "auto" -> CookieSecurity.AUTO;
            case "true" -> CookieSecurity.ALWAYS;
            case "false" -> CookieSecurity.NEVER;
            default -> throw new IllegalArgumentException(COOKIE_SECURE + " must be auto, true or false, is '" + value + "'");
        };
    }

    /** A CSP source list; refuses anything that could end the directive or the header. */
    private static String frameAncestors(String value) {
        if (!value.matches("[A-Za-z0-9 '*:/.\\-]+")) {
            throw new IllegalArgumentException(FRAME_ANCESTORS + " must be a CSP source list such as 'self' or "
                    + "'none' or https://intranet.example.com, is '" + value + "'");
        }
        return value;
    }
}
