package dev.portico.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void policyEndsWithScriptSrcSoPrimeFacesCanAppendItsNonce() {
        String policy = SecurityHeaders.policy("'self'", "");

        assertTrue(policy.endsWith("script-src 'self'"), policy);
        assertTrue(policy.contains("frame-ancestors 'self';"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        assertTrue(!policy.contains("unsafe-eval") && !policy.contains("script-src 'self' 'unsafe-inline'"), policy);
    }

    @Test
    void anExternalLogoOriginIsAddedToImgSrc() {
        assertTrue(SecurityHeaders.policy("'none'", " https://cdn.example").contains("img-src 'self' data: https://cdn.example;"));
    }

    @Test
    void xFrameOptionsFollowsFrameAncestorsWhereItCan() {
        assertEquals(Optional.of("SAMEORIGIN"), SecurityHeaders.frameOptions("'self'"));
        assertEquals(Optional.of("DENY"), SecurityHeaders.frameOptions("'none'"));
        assertEquals(Optional.empty(), SecurityHeaders.frameOptions("'self' https://intranet.example"));
    }

    @Test
    void settingsHaveSafeDefaults() {
        SecuritySettings settings = SecuritySettings.defaults();

        assertEquals(SecuritySettings.CookieSecurity.AUTO, settings.cookieSecure());
        assertEquals(Duration.ofDays(14), settings.rememberMeMaxAge());
        assertEquals(5, settings.accountMaxFailures());
        assertEquals(5, settings.addressMaxFailures());
        assertEquals(Duration.ofMinutes(15), settings.throttleWindow());
        assertEquals("'self'", settings.frameAncestors());
        assertEquals(8, settings.passwordMinLength());
    }

    @Test
    void autoCookiesAreSecureOnlyOverHttps() {
        assertTrue(SecuritySettings.CookieSecurity.AUTO.secure(true));
        assertTrue(!SecuritySettings.CookieSecurity.AUTO.secure(false));
        assertTrue(SecuritySettings.CookieSecurity.ALWAYS.secure(false));
        assertTrue(!SecuritySettings.CookieSecurity.NEVER.secure(true));
    }

    @Test
    void badValuesAreRefusedWithTheirKey() {
        IllegalArgumentException injection = assertThrows(IllegalArgumentException.class, () -> new SecuritySettings(
                SecuritySettings.CookieSecurity.AUTO, Duration.ofDays(14), 5, 5, Duration.ofMinutes(15),
                "'self'; script-src *", 8));
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class, () -> new SecuritySettings(
                SecuritySettings.CookieSecurity.AUTO, Duration.ofDays(14), 5, 5, Duration.ofMinutes(0), "'self'", 8));
        IllegalArgumentException secure = assertThrows(IllegalArgumentException.class, () -> SecuritySettings.cookieSecurity("sometimes"));

        assertTrue(injection.getMessage().contains("portal.security.frame-ancestors"));
        assertTrue(range.getMessage().contains("portal.security.throttle.window-minutes"));
        assertTrue(secure.getMessage().contains("portal.security.cookie-secure"));
    }
}
