package dev.portico.psa.connectwise;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.portico.psa.PsaCallMeter;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.connectwise.contract.ConnectWiseWireMockTest;
import dev.portico.psa.connectwise.rest.CompanyClient;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class FanOutTest extends ConnectWiseWireMockTest {

    @Test
    void parallelReadsCountForTheCallersUnitOfWork() {
        ConnectWiseConnection cw = connection();
        PSA.stubFor(get(urlPathEqualTo(api("/company/contacts/1"))).willReturn(okJson("{\"id\":1}").withFixedDelay(200)));
        PSA.stubFor(get(urlPathEqualTo(api("/company/contacts/2"))).willReturn(okJson("{\"id\":2}").withFixedDelay(200)));

        try (PsaCallMeter.Unit page = meter.open("812")) {
            CompletableFuture<Long> one = cw.readAsync(() -> cw.client(CompanyClient.class).contact(1, "id").id());
            CompletableFuture<Long> two = cw.readAsync(() -> cw.client(CompanyClient.class).contact(2, "id").id());

            assertEquals(3L, ConnectWiseConnection.join(one) + ConnectWiseConnection.join(two));
            assertEquals(2, page.calls());
            assertEquals(Map.of("GET /company/contacts/{id}", 2L), page.operations());
        }
        assertEquals(2, meter.totalFor("812"));
    }

    @Test
    void joinRethrowsTheConnectorsOwnExceptions() {
        ConnectWiseConnection cw = connection();
        PSA.stubFor(get(urlPathEqualTo(api("/company/contacts/3"))).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(404)));

        CompletableFuture<Long> missing = cw.readAsync(() -> cw.client(CompanyClient.class).contact(3, "id").id());

        assertThrows(PsaNotFoundException.class, () -> ConnectWiseConnection.join(missing));
    }
}
