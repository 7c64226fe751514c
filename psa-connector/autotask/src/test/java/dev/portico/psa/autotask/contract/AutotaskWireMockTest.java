package dev.portico.psa.autotask.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.portico.psa.PsaCallMeter;
import dev.portico.psa.autotask.AutotaskConnection;
import dev.portico.psa.autotask.AutotaskMappings;
import dev.portico.psa.autotask.AutotaskSettings;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the Autotask connector tests: WireMock plays the zone-discovery host and the tenant's zone under
 * {@code /ATServicesRest/V1.0}, the connection is built from the adapter's real config defaults plus
 * {@link #CREDENTIALS}, and after each test EVERY request the adapter sent is validated against Autotask's
 * published Swagger document ({@link AutotaskApiContract}).
 */
public abstract class AutotaskWireMockTest {

    public static final String ROOT = "/ATServicesRest";
    public static final String API = ROOT + "/V1.0";

    @RegisterExtension
    protected static final WireMockExtension PSA = WireMockExtension.newInstance()
            .options(WireMockConfiguration.wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    /** The API user the tests connect as; the adapter ships no credentials. */
    public static final Map<String, String> CREDENTIALS = Map.of(
            "psa.autotask.username", "api-portal@msp.example",
            "psa.autotask.secret", "s3cret-Value",
            "psa.autotask.integration-code", "PORTICO-TRACKING-ID");

    protected final PsaCallMeter meter = new PsaCallMeter();
    protected final ExecutorService executor = Executors.newFixedThreadPool(8);

    @BeforeEach
    void zoneAndThreshold() {
        PSA.stubFor(get(urlPathEqualTo(API + "/ZoneInformation"))
                .willReturn(okJson("{\"zoneName\":\"Test Zone\",\"url\":\"" + PSA.baseUrl() + ROOT
                        + "/\",\"webUrl\":\"https://ww2.autotask.net/\",\"ci\":30595}")));
        PSA.stubFor(get(urlPathEqualTo(API + "/ThresholdInformation"))
                .willReturn(okJson("{\"externalRequestThreshold\":10000,\"requestThresholdTimeframe\":60,"
                        + "\"currentTimeframeRequestCount\":124}")));
    }

    protected Config config(Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(CREDENTIALS);
        values.put("psa.autotask.url", PSA.baseUrl() + ROOT + "/");
        values.put("psa.retry.initial-delay-ms", "10");
        values.put("psa.retry.max-delay-ms", "20");
        values.putAll(overrides);
        return new SmallRyeConfigBuilder()
                .addDefaultSources()
                .withSources(new PropertiesConfigSource(values, "test", 900))
                .build();
    }

    protected AutotaskConnection connection(Map<String, String> overrides) {
        Config config = config(overrides);
        return new AutotaskConnection(AutotaskSettings.from(config), AutotaskMappings.from(config), meter, executor);
    }

    protected AutotaskConnection connection() {
        return connection(Map.of());
    }

    protected static String api(String path) {
        return API + path;
    }

    /** Stubs the Tickets picklists (status, priority, ticketType labels). */
    protected static void stubTicketFields() {
        PSA.stubFor(get(urlPathEqualTo(api("/Tickets/entityInformation/fields"))).willReturn(okJson("""
                {"fields":[
                 {"name":"status","dataType":"integer","isPickList":true,"picklistValues":[
                   {"value":"1","label":"New","isActive":true},{"value":"5","label":"Complete","isActive":true},
                   {"value":"7","label":"Waiting Customer","isActive":true},{"value":"8","label":"In Progress","isActive":true},
                   {"value":"12","label":"Waiting Customer Approval","isActive":true}]},
                 {"name":"priority","dataType":"integer","isPickList":true,"picklistValues":[
                   {"value":"1","label":"High","isActive":true,"sortOrder":1},{"value":"2","label":"Medium","isActive":true,"sortOrder":2},
                   {"value":"3","label":"Low","isActive":true,"sortOrder":3},{"value":"4","label":"Critical","isActive":false,"sortOrder":0}]},
                 {"name":"ticketType","dataType":"integer","isPickList":true,"picklistValues":[
                   {"value":"1","label":"Service Request"},{"value":"2","label":"Incident"},{"value":"4","label":"Change Request"}]}
                ]}""")));
    }

    @AfterEach
    void everyRequestFollowsThePublishedApi() {
        executor.shutdownNow();
        List<String> problems = contractProblems();
        assertTrue(problems.isEmpty(), "Requests outside Autotask's published API:\n" + String.join("\n", problems));
    }

    /** What is wrong with the requests WireMock has captured so far. */
    protected static List<String> contractProblems() {
        List<String> problems = new ArrayList<>();
        for (ServeEvent event : PSA.getAllServeEvents()) {
            LoggedRequest logged = event.getRequest();
            URI uri = URI.create(logged.getUrl());
            Map<String, List<String>> query = new LinkedHashMap<>();
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    int eq = pair.indexOf('=');
                    String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                }
            }
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (HttpHeader header : logged.getHeaders().all()) {
                headers.put(header.key(), header.values());
            }
            String method = logged.getMethod().getName();
            for (String problem : AutotaskApiContract.problems(method, uri.getRawPath(), query, headers,
                    logged.getBodyAsString())) {
                problems.add(problem + "  <- " + method + " " + logged.getUrl());
            }
        }
        return problems;
    }

    /** A WireMock answer with Autotask's business-error shape. */
    protected static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder autotaskError(int status,
            String... errors) {
        StringBuilder body = new StringBuilder("{\"errors\":[");
        for (int i = 0; i < errors.length; i++) {
            body.append(i == 0 ? "" : ",").append('"').append(errors[i]).append('"');
        }
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(body.append("]}").toString());
    }

    protected static com.github.tomakehurst.wiremock.matching.StringValuePattern is(String value) {
        return equalTo(value);
    }
}
