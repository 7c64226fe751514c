package dev.portico.psa.connectwise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.psa.connectwise.contract.ConnectWiseWireMockTest;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class ConfigDefaultsTest {

    private static final String URL = "http://127.0.0.1:8080/v4_6_release/apis/3.0";

    private static Config config(Map<String, String> values) {
        return new SmallRyeConfigBuilder()
                .addDefaultSources()
                .withSources(new PropertiesConfigSource(values, "test", 900))
                .build();
    }

    private static Map<String, String> connection() {
        Map<String, String> values = new HashMap<>(ConnectWiseWireMockTest.CREDENTIALS);
        values.put("psa.connectwise.url", URL);
        return values;
    }

    @Test
    void theJarDefaultsEverythingButWhereThePsaIsAndTheCredentials() {
        ConnectWiseSettings settings = ConnectWiseSettings.from(config(connection()));

        assertEquals(URI.create(URL), settings.url());
        assertEquals("portico_demo", settings.companyId());
        assertEquals("application/vnd.connectwise.com+json; version=2025.8", settings.acceptHeader());
        assertEquals(1000, settings.maxPageSize());
        assertEquals(Duration.ofMillis(10000), settings.readTimeout());
    }

    /**
     * The defaults let the portal work with a PSA that takes 5 s per call (every timeout, the readiness probe's
     * included, leaves room for such a call and one retry, within a total bound), and let it come back within
     * 5 s of the PSA's recovery (the circuit probes again, half-open, after at most 5 s).
     */
    @Test
    void theDefaultsSuitAPsaThatTakesFiveSecondsAndComeBackWithinFiveSecondsOfItsRecovery() {
        Duration slowPsa = Duration.ofSeconds(5);
        ConnectWiseSettings settings = ConnectWiseSettings.from(config(connection()));

        assertTrue(settings.readTimeout().compareTo(slowPsa.multipliedBy(2)) >= 0, "read " + settings.readTimeout());
        assertTrue(settings.callTimeout().compareTo(settings.readTimeout().plus(slowPsa)) >= 0,
                "a slow attempt and a retry fit the total bound " + settings.callTimeout());
        assertTrue(settings.callTimeout().compareTo(Duration.ofSeconds(30)) <= 0, "still a bound " + settings.callTimeout());
        assertTrue(settings.healthTimeout().compareTo(slowPsa) > 0, "readiness " + settings.healthTimeout());
        assertTrue(settings.connectTimeout().compareTo(settings.readTimeout()) <= 0);
        assertTrue(settings.circuitDelay().compareTo(slowPsa) <= 0, "half-open after " + settings.circuitDelay());
    }

    @Test
    void withoutUrlAndCredentialsTheAdapterRefusesToStartNamingEveryMissingKey() {
        String expected = "The ConnectWise adapter cannot start: psa.connectwise.url, psa.connectwise.company-id, "
                + "psa.connectwise.public-key, psa.connectwise.private-key, psa.connectwise.client-id are not set. "
                + "Set them as system properties or environment variables (PSA_CONNECTWISE_URL, "
                + "PSA_CONNECTWISE_COMPANY_ID, PSA_CONNECTWISE_PUBLIC_KEY, PSA_CONNECTWISE_PRIVATE_KEY, "
                + "PSA_CONNECTWISE_CLIENT_ID).";
        Config bare = new SmallRyeConfigBuilder().addDefaultSources().build();

        assertEquals(expected, new ConnectWiseAdapter().startupProblem(bare).orElseThrow(), "at deployment");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ConnectWiseSettings.from(bare));
        assertEquals(expected, refused.getMessage(), "when built in plain Java");
    }

    @Test
    void aBlankKeyCountsAsMissing() {
        Map<String, String> values = connection();
        values.put("psa.connectwise.private-key", " ");

        assertEquals("The ConnectWise adapter cannot start: psa.connectwise.private-key is not set. Set it as "
                + "system properties or environment variables (PSA_CONNECTWISE_PRIVATE_KEY).",
                new ConnectWiseAdapter().startupProblem(config(values)).orElseThrow());
    }

    @Test
    void aConfiguredAdapterStarts() {
        assertTrue(new ConnectWiseAdapter().startupProblem(config(connection())).isEmpty());
    }

    @Test
    void environmentVariablesOverrideWithTheirMicroProfileNames() {
        var config = new SmallRyeConfigBuilder()
                .addDefaultSources()
                .withSources(new PropertiesConfigSource(ConnectWiseWireMockTest.CREDENTIALS, "test", 200))
                .withSources(new EnvConfigSource(Map.of(
                        "PSA_CONNECTWISE_URL", "https://api-eu.myconnectwise.net/v4_6_release/apis/3.0/",
                        "PSA_CONNECTWISE_COMPANY_ID", "acme",
                        "PSA_HTTP_READ_TIMEOUT_MS", "1234"), 300))
                .build();

        ConnectWiseSettings settings = ConnectWiseSettings.from(config);

        assertEquals(URI.create("https://api-eu.myconnectwise.net/v4_6_release/apis/3.0"), settings.url());
        assertEquals("acme", settings.companyId());
        assertEquals(Duration.ofMillis(1234), settings.readTimeout());
    }
}
