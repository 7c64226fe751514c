package dev.portico.psa.connectwise;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.psa.connectwise.contract.ConnectWiseWireMockTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthTest extends ConnectWiseWireMockTest {

    private static final String PRIORITIES = "/service/priorities";

    @Test
    void reachableWhenTheCheapProbeAnswers() {
        PSA.stubFor(get(urlPathEqualTo(api(PRIORITIES))).willReturn(okJson("[{\"id\":1}]")));

        assertTrue(new ConnectWiseHealth(connection()).reachable());
        PSA.verify(getRequestedFor(urlPathEqualTo(api(PRIORITIES)))
                .withQueryParam("pageSize", equalTo("1")).withQueryParam("page", equalTo("1"))
                .withQueryParam("fields", equalTo("id"))
                .withQueryParam("conditions", absent()).withQueryParam("orderBy", absent()));
    }

    /** The slow stub would answer 200 after 3 s: "unreachable" proves the probe's own timeout fired, once. */
    @Test
    void unreachableWhenSlowerThanItsTimeoutFailingOrRefusingCredentials() {
        ConnectWiseHealth health = new ConnectWiseHealth(connection(Map.of("psa.health.timeout-ms", "200")));

        PSA.stubFor(get(urlPathEqualTo(api(PRIORITIES))).willReturn(okJson("[]").withFixedDelay(3000)));
        assertFalse(health.reachable());
        assertEquals(1, meter.total(), "one attempt: the probe is not retried");

        PSA.stubFor(get(urlPathEqualTo(api(PRIORITIES))).willReturn(aResponse().withStatus(500)));
        assertFalse(health.reachable());

        PSA.stubFor(get(urlPathEqualTo(api(PRIORITIES))).willReturn(aResponse().withStatus(401)));
        assertFalse(health.reachable());
        PSA.verify(3, getRequestedFor(urlPathEqualTo(api(PRIORITIES))));
    }
}
