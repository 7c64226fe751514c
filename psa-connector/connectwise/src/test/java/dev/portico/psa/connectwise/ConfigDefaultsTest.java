package dev.portico.psa.connectwise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigDefaultsTest {

    @Test
    void defaultsAreTheDemoValues() {
        var config = new SmallRyeConfigBuilder().addDefaultSources().build();

        ConnectWiseSettings settings = ConnectWiseSettings.from(config);

        assertEquals(URI.create("http://127.0.0.1:8080/v4_6_release/apis/3.0"), settings.url());
        assertEquals("portico_demo", settings.companyId());
        assertEquals("demo-public-key", settings.publicKey());
        assertEquals("demo-private-key", settings.privateKey());
        assertEquals("3f6b6f0e-7c1a-4c55-9a59-5f6d3c1e0a11", settings.clientId());
        assertEquals("application/vnd.connectwise.com+json; version=2025.8", settings.acceptHeader());
        assertEquals(1000, settings.maxPageSize());
        assertEquals(Duration.ofMillis(10000), settings.readTimeout());
    }

    @Test
    void environmentVariablesOverrideWithTheirMicroProfileNames() {
        var config = new SmallRyeConfigBuilder()
                .addDefaultSources()
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
