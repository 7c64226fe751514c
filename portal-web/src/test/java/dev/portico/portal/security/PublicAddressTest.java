package dev.portico.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PublicAddressTest {

    @Test
    void withABaseUrlRedirectsGoToThePortalsOwnOrigin() {
        PublicAddress address = PublicAddress.of("https://Support.example.com:8443/");

        assertEquals("https://Support.example.com:8443/portal/login.xhtml", address.location("/portal/login.xhtml"));
        assertEquals("https://elsewhere.example/x", address.location("https://elsewhere.example/x"), "absolute as written");
        assertEquals("login.xhtml?expired=true", address.location("login.xhtml?expired=true"), "relative as written");
    }

    @Test
    void withoutOneTheLocationStaysAPath() {
        assertEquals("/portal/login.xhtml", PublicAddress.of(null).location("/portal/login.xhtml"));
        assertEquals("/portal/login.xhtml", PublicAddress.of("  ").location("/portal/login.xhtml"));
    }

    @Test
    void aProtocolRelativeLocationIsNeverPrefixed() {
        assertEquals("//evil.example/x", PublicAddress.of("https://support.example.com").location("//evil.example/x"));
    }

    @Test
    void onlyAnOriginIsAccepted() {
        for (String bad : new String[] {"support.example.com", "ftp://support.example.com", "https://support.example.com/portal",
                "https://support.example.com?x=1", "https://user@support.example.com", "https://"}) {
            assertThrows(IllegalArgumentException.class, () -> PublicAddress.of(bad), bad);
        }
    }
}
