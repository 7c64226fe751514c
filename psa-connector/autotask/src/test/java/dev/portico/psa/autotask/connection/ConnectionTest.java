package dev.portico.psa.autotask.connection;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.portico.psa.PageRequest;
import dev.portico.psa.PsaUnavailableException;
import dev.portico.psa.autotask.AtPage;
import dev.portico.psa.autotask.AutotaskConnection;
import dev.portico.psa.autotask.AutotaskSettings;
import dev.portico.psa.autotask.contract.AutotaskWireMockTest;
import dev.portico.psa.autotask.query.AtEntity;
import dev.portico.psa.autotask.query.AtFilter;
import dev.portico.psa.autotask.query.AtQuery;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ConnectionTest extends AutotaskWireMockTest {

    static AtQuery companies() {
        return AtQuery.of(AtFilter.on(AtEntity.CONFIGURATION_ITEMS).in("companyID", List.of(175L)), 2);
    }

    static String page(String next, long... ids) {
        StringBuilder items = new StringBuilder();
        for (long id : ids) {
            items.append(items.length() == 0 ? "" : ",").append("{\"id\":").append(id).append(",\"companyID\":175}");
        }
        return "{\"items\":[" + items + "],\"pageDetails\":{\"count\":" + ids.length + ",\"requestCount\":2,"
                + "\"prevPageUrl\":null,\"nextPageUrl\":" + (next == null ? "null" : "\"" + next + "\"") + "}}";
    }

    @Test
    void theZoneIsDiscoveredOnceAndEveryCallCarriesTheThreeAuthHeaders() {
        PSA.stubFor(post(urlPathEqualTo(api("/ConfigurationItems/query/count"))).willReturn(okJson("{\"queryCount\":4}")));
        AutotaskConnection at = connection();

        assertEquals(4, at.count(companies().filter(), true));
        assertEquals(4, at.count(companies().filter(), true));

        PSA.verify(1, getRequestedFor(urlPathEqualTo(api("/ZoneInformation")))
                .withQueryParam("user", equalTo("api-portal@msp.example")));
        for (LoggedRequest request : PSA.findAll(anyRequestedFor(anyUrl()))) {
            assertEquals("PORTICO-TRACKING-ID", request.getHeader("ApiIntegrationCode"), request.getUrl());
            assertEquals("api-portal@msp.example", request.getHeader("UserName"), request.getUrl());
            assertEquals("s3cret-Value", request.getHeader("Secret"), request.getUrl());
        }
        assertEquals(PSA.baseUrl() + API + "/", at.apiBase().toString());
        assertEquals(PSA.getAllServeEvents().size(), meter.total(), "every call is counted");
    }

    @Test
    void theAdapterIsFoundAsAutotask() {
        List<dev.portico.psa.spi.PsaAdapter> adapters = java.util.ServiceLoader.load(dev.portico.psa.spi.PsaAdapter.class)
                .stream().map(java.util.ServiceLoader.Provider::get).toList();
        assertEquals(1, adapters.size());
        assertEquals("autotask", adapters.get(0).kind());
        assertEquals("dev.portico.psa.autotask", adapters.get(0).rootPackage());
        assertTrue(adapters.get(0).startupProblem(config(Map.of())).isEmpty());
    }

    @Test
    void theCursorIsPostedWithTheSameBodyAndEachPageIsReachedThroughIt() {
        String next2 = PSA.baseUrl() + api("/ConfigurationItems/query/next?paging=%7B%22pageSize%22%3A2%2C%22nextIds%22%3A%5B3%5D%7D");
        String next3 = PSA.baseUrl() + api("/ConfigurationItems/query/next?paging=%7B%22pageSize%22%3A2%2C%22nextIds%22%3A%5B5%5D%7D");
        PSA.stubFor(post(urlPathEqualTo(api("/ConfigurationItems/query"))).willReturn(okJson(page(next2, 1, 2))));
        PSA.stubFor(post(urlPathEqualTo(api("/ConfigurationItems/query/next")))
                .withQueryParam("paging", equalTo("{\"pageSize\":2,\"nextIds\":[3]}")).willReturn(okJson(page(next3, 3, 4))));
        PSA.stubFor(post(urlPathEqualTo(api("/ConfigurationItems/query/next")))
                .withQueryParam("paging", equalTo("{\"pageSize\":2,\"nextIds\":[5]}")).willReturn(okJson(page(null, 5))));
        AutotaskConnection at = connection();

        List<Long> third = ids(at.page(companies(), new PageRequest(2, 2), true));
        List<Long> second = ids(at.page(companies(), new PageRequest(1, 2), true));
        List<Long> all = ids(at.all(companies(), 10, true));

        assertEquals(List.of(5L), third);
        assertEquals(List.of(3L, 4L), second);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), all);
        String body = PSA.findAll(postRequestedFor(urlPathEqualTo(api("/ConfigurationItems/query")))).get(0).getBodyAsString();
        for (LoggedRequest next : PSA.findAll(postRequestedFor(urlPathEqualTo(api("/ConfigurationItems/query/next"))))) {
            assertEquals(body, next.getBodyAsString());
        }
        // page 3 walked 1 -> 2 -> 3; page 2 came from the kept cursor; all() walked again
        PSA.verify(2, postRequestedFor(urlPathEqualTo(api("/ConfigurationItems/query"))));
    }

    @Test
    void aCursorToAnotherHostOrEntityIsRefusedAndNotFollowed() {
        AutotaskConnection at = connection();
        for (String foreign : List.of("https://evil.example/ATServicesRest/V1.0/ConfigurationItems/query/next?paging=x",
                PSA.baseUrl().replace("127.0.0.1", "localhost") + "/x" + api("/ConfigurationItems/query/next?paging=x"),
                PSA.baseUrl() + api("/Contacts/query/next?paging=x"),
                PSA.baseUrl() + api("/ConfigurationItems/query/next/../../../Contacts/query/next"),
                "http://user@" + PSA.baseUrl().substring(7) + api("/ConfigurationItems/query/next?paging=x"),
                "not a url")) {
            assertThrows(PsaUnavailableException.class, () -> at.next(companies(), foreign, true), foreign);
        }
        PSA.verify(0, postRequestedFor(urlPathEqualTo(api("/ConfigurationItems/query/next"))));
        PSA.verify(0, postRequestedFor(urlPathEqualTo(api("/Contacts/query/next"))));
    }

    @Test
    void noMoreThanTheConfiguredCallsAreInFlightPerEndpoint() {
        PSA.stubFor(post(urlPathEqualTo(api("/ConfigurationItems/query"))).willReturn(okJson(page(null, 1))
                .withFixedDelay(150)));
        AutotaskConnection at = connection();
        at.apiBase();

        List<CompletableFuture<AtPage>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> at.query(companies(), true), executor));
        }
        calls.forEach(CompletableFuture::join);

        assertEquals(2, at.bulkhead().peak("ConfigurationItems"));
        PSA.verify(8, postRequestedFor(urlPathEqualTo(api("/ConfigurationItems/query"))));
    }

    @Test
    void theAdapterRefusesToStartWithoutCredentialsOrAboveAutotasksThreadLimit() {
        Map<String, String> none = new HashMap<>();
        String missing = AutotaskSettings.problem(none::get).orElseThrow();
        for (String key : AutotaskSettings.REQUIRED) {
            assertTrue(missing.contains(key), missing);
        }
        assertTrue(missing.contains("PSA_AUTOTASK_INTEGRATION_CODE"), missing);

        Map<String, String> greedy = new HashMap<>(CREDENTIALS);
        greedy.put("psa.autotask.url", "https://webservices2.autotask.net/ATServicesRest/");
        greedy.put("psa.autotask.concurrent-calls-per-endpoint", "4");
        assertTrue(AutotaskSettings.problem(greedy::get).orElseThrow().contains("concurrent-calls-per-endpoint"));
        greedy.put("psa.autotask.concurrent-calls-per-endpoint", "3");
        assertTrue(AutotaskSettings.problem(greedy::get).isEmpty());
    }

    @Test
    void theHealthCheckReadsTheThresholdAndExposesTheBudgetLevel() {
        dev.portico.psa.autotask.AutotaskHealth health = new dev.portico.psa.autotask.AutotaskHealth(connection());
        assertTrue(health.reachable());
        assertEquals(dev.portico.psa.autotask.AtBudget.Level.NORMAL, health.budgetLevel());
        assertEquals(1, health.budgetPercent());
    }

    @Test
    void aZoneWithoutAUsableUrlIsUnavailable() {
        PSA.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo(api("/ZoneInformation")))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"zoneName\":\"x\",\"url\":\"\"}")));
        assertThrows(PsaUnavailableException.class, () -> connection().apiBase());
    }

    private static List<Long> ids(List<JsonObject> items) {
        return items.stream().map(item -> item.getJsonNumber("id").longValue()).toList();
    }
}
