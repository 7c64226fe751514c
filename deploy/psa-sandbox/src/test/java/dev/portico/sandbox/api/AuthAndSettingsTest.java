package dev.portico.sandbox.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.sandbox.SandboxSettings;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthAndSettingsTest {

    private static final SandboxSettings DEFAULTS = new SandboxSettings(k -> null, k -> null);
    private static final String CLIENT = "3f6b6f0e-7c1a-4c55-9a59-5f6d3c1e0a11";

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsTheDemoCredentials() {
        assertNull(ApiGate.problem(basic("portico_demo+demo-public-key:demo-private-key"), CLIENT, DEFAULTS));
        assertNull(ApiGate.problem(basic("PORTICO_DEMO+demo-public-key:demo-private-key"), CLIENT.toUpperCase(), DEFAULTS));
        assertNull(ApiGate.problem("basic " + basic("portico_demo+demo-public-key:demo-private-key").substring(6),
                CLIENT, DEFAULTS));
    }

    @Test
    void refusesEverythingElse() {
        String good = basic("portico_demo+demo-public-key:demo-private-key");
        for (String[] bad : new String[][] {
                {null, CLIENT}, {"Bearer abc", CLIENT}, {"Basic %%%", CLIENT}, {basic("no-plus:key"), CLIENT},
                {basic("portico_demo+demo-public-key"), CLIENT}, {basic("other+demo-public-key:demo-private-key"), CLIENT},
                {basic("portico_demo+DEMO-public-key:demo-private-key"), CLIENT},
                {basic("portico_demo+demo-public-key:wrong"), CLIENT}, {good, null}, {good, " "},
                {good, "00000000-0000-0000-0000-000000000000"}}) {
            assertTrue(ApiGate.problem(bad[0], bad[1], DEFAULTS) != null, bad[0] + " / " + bad[1]);
        }
        assertEquals("The clientId header is required.", ApiGate.problem(good, null, DEFAULTS));
    }

    @Test
    void settingsComeFromPropertiesThenEnvironmentThenAdapterKeysThenDefaults() {
        Map<String, String> props = Map.of("sandbox.company-id", "prop_co", "psa.connectwise.public-key", "adapter-pub",
                "sandbox.admin.enabled", "false");
        Map<String, String> env = Map.of("SANDBOX_COMPANY_ID", "env_co", "SANDBOX_PRIVATE_KEY", "env-priv",
                "PSA_CONNECTWISE_CLIENT_ID", "env-client");
        SandboxSettings s = new SandboxSettings(props::get, env::get);
        assertEquals("prop_co", s.companyId());
        assertEquals("adapter-pub", s.publicKey());
        assertEquals("env-priv", s.privateKey());
        assertEquals("env-client", s.clientId());
        assertFalse(s.adminEnabled());
        assertTrue(DEFAULTS.adminEnabled());
        assertEquals("portico_demo", DEFAULTS.companyId());
        assertNull(ApiGate.problem(basic("prop_co+adapter-pub:env-priv"), "env-client", s));
    }

    @Test
    void adminSwitchIsNotTakenFromTheAdapterKeys() {
        SandboxSettings s = new SandboxSettings(Map.of("psa.connectwise.admin.enabled", "false")::get, k -> null);
        assertTrue(s.adminEnabled());
    }
}
