package dev.portico.psa.connectwise.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.portico.psa.PsaCallMeter;
import dev.portico.psa.connectwise.ConnectWiseConnection;
import dev.portico.psa.connectwise.ConnectWiseMappings;
import dev.portico.psa.connectwise.ConnectWiseSettings;
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
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of connector tests against WireMock: a ConnectWise stand-in under {@code /v4_6_release/apis/3.0},
 * a connection built from the real config defaults plus {@link #CREDENTIALS} and overrides, and after
 * each test a check that EVERY request the adapter sent exists in the published API with only listed
 * field names.
 */
public abstract class ConnectWiseWireMockTest {

    public static final String API = "/v4_6_release/apis/3.0";

    @RegisterExtension
    protected static final WireMockExtension PSA = WireMockExtension.newInstance()
            .options(WireMockConfiguration.wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    protected final PsaCallMeter meter = new PsaCallMeter();
    protected final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<ConnectWiseConnection> connections = new ArrayList<>();

    /** Settings as deployed (the connector's microprofile-config.properties plus credentials) aimed at WireMock, with overrides. */
    protected ConnectWiseSettings settings(Map<String, String> overrides) {
        return ConnectWiseSettings.from(config(overrides));
    }

    /**
     * The API member the tests connect as. The connector ships no credentials; these are the sandbox's demo
     * ones (deploy/demo-config/connectwise.properties), which some tests expect in the request headers.
     */
    public static final Map<String, String> CREDENTIALS = Map.of(
            "psa.connectwise.company-id", "portico_demo",
            "psa.connectwise.public-key", "demo-public-key",
            "psa.connectwise.private-key", "demo-private-key",
            "psa.connectwise.client-id", "3f6b6f0e-7c1a-4c55-9a59-5f6d3c1e0a11");

    protected Config config(Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(CREDENTIALS);
        values.put("psa.connectwise.url", PSA.baseUrl() + API);
        values.putAll(overrides);
        return new SmallRyeConfigBuilder()
                .addDefaultSources()
                .withSources(new PropertiesConfigSource(values, "test", 900))
                .build();
    }

    protected ConnectWiseConnection connection(Map<String, String> overrides) {
        Config config = config(overrides);
        ConnectWiseConnection connection = new ConnectWiseConnection(ConnectWiseSettings.from(config),
                ConnectWiseMappings.from(config), meter, executor);
        connections.add(connection);
        return connection;
    }

    protected ConnectWiseConnection connection() {
        return connection(Map.of());
    }

    protected static String api(String path) {
        return API + path;
    }

    @AfterEach
    void everyRequestFollowsThePublishedApi() {
        executor.shutdownNow();
        List<String> problems = contractProblems();
        assertTrue(problems.isEmpty(), "Requests outside the published ConnectWise API:\n" + String.join("\n", problems));
    }

    /** What is wrong with the requests WireMock has captured so far. */
    protected static List<String> contractProblems() {
        List<ServeEvent> events = PSA.getAllServeEvents();
        ContractChecker checker = new ContractChecker(ConnectWiseApiFacts.require());
        List<String> problems = new ArrayList<>();
        for (ServeEvent event : events) {
            LoggedRequest logged = event.getRequest();
            CapturedRequest request = captured(logged);
            if (request == null) {
                problems.add(logged.getUrl() + " is not below " + API);
            } else {
                checker.check(request).forEach(problem -> problems.add(problem + "  <- " + request));
            }
        }
        return problems;
    }

    static CapturedRequest captured(LoggedRequest logged) {
        return URI.create(logged.getUrl()).getRawPath().startsWith(API) ? captured(logged, API) : null;
    }

    /** The request as the contract checker reads it; the path is relative to {@code apiPrefix} when below it. */
    public static CapturedRequest captured(LoggedRequest logged, String apiPrefix) {
        URI uri = URI.create(logged.getUrl());
        String rawPath = uri.getRawPath();
        String below = rawPath.startsWith(apiPrefix) ? rawPath.substring(apiPrefix.length()) : rawPath;
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
        String path = URLDecoder.decode(below, StandardCharsets.UTF_8);
        return new CapturedRequest(logged.getMethod().getName(), path, query, headers, logged.getBodyAsString());
    }
}
