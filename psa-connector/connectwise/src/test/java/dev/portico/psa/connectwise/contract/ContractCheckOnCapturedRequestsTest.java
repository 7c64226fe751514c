package dev.portico.psa.connectwise.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Proves the after-each contract check really catches requests the published API does not have. */
class ContractCheckOnCapturedRequestsTest extends ConnectWiseWireMockTest {

    @Test
    void requestsOffTheIndexOrWithUnlistedFieldsAreCaught() throws Exception {
        PSA.stubFor(any(anyUrl()).willReturn(okJson("{}")));
        HttpClient http = HttpClient.newHttpClient();
        http.send(HttpRequest.newBuilder(URI.create(PSA.baseUrl() + api("/service/tickets/12/secretNotes"))).build(),
                HttpResponse.BodyHandlers.discarding());
        http.send(HttpRequest.newBuilder(URI.create(PSA.baseUrl() + api("/service/tickets")))
                        .header("Authorization", "Basic eA==").header("clientId", "c")
                        .header("Accept", "application/vnd.connectwise.com+json; version=2025.8")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"summary\":\"x\",\"urgency\":\"High\"}")).build(),
                HttpResponse.BodyHandlers.discarding());

        List<String> problems = contractProblems();

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("secretNotes") && p.contains("no template")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("'urgency'")));
        PSA.resetRequests();
    }
}
