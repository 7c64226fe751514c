package dev.portico.psa.connectwise;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * Connection, timeout and resilience settings of the ConnectWise adapter. The defaults live in the
 * connector's {@code META-INF/microprofile-config.properties}; every key can be overridden through
 * MicroProfile Config (system property, or environment such as {@code PSA_CONNECTWISE_URL}).
 */
public record ConnectWiseSettings(
        URI url,
        String companyId,
        String publicKey,
        String privateKey,
        String clientId,
        String apiVersion,
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        int retryMaxAttempts,
        Duration retryInitialDelay,
        Duration retryMaxDelay,
        Duration rateLimitMaxWait,
        int rateLimitMaxRetries,
        int circuitFailureThreshold,
        Duration circuitDelay,
        Duration healthTimeout,
        int maxPageSize) {

    public ConnectWiseSettings {
        Objects.requireNonNull(url, "psa.connectwise.url");
        if (maxPageSize < 1 || maxPageSize > 1000) {
            throw new IllegalArgumentException("psa.page.max-size must be within 1..1000, ConnectWise's limit");
        }
        if (retryMaxAttempts < 1 || rateLimitMaxRetries < 0 || circuitFailureThreshold < 1) {
            throw new IllegalArgumentException("retry attempts and circuit threshold must be positive");
        }
    }

    public static ConnectWiseSettings from(Config config) {
        return from(key -> config.getValue(key, String.class));
    }

    /** Reads every setting through {@code lookup}, which must answer each {@code psa.*} key (defaults included). */
    public static ConnectWiseSettings from(Function<String, String> lookup) {
        return new ConnectWiseSettings(
                URI.create(stripTrailingSlash(lookup.apply("psa.connectwise.url"))),
                lookup.apply("psa.connectwise.company-id"),
                lookup.apply("psa.connectwise.public-key"),
                lookup.apply("psa.connectwise.private-key"),
                lookup.apply("psa.connectwise.client-id"),
                lookup.apply("psa.connectwise.api-version"),
                millis(lookup, "psa.http.connect-timeout-ms"),
                millis(lookup, "psa.http.read-timeout-ms"),
                millis(lookup, "psa.call.timeout-ms"),
                integer(lookup, "psa.retry.max-attempts"),
                millis(lookup, "psa.retry.initial-delay-ms"),
                millis(lookup, "psa.retry.max-delay-ms"),
                millis(lookup, "psa.rate-limit.max-wait-ms"),
                integer(lookup, "psa.rate-limit.max-retries"),
                integer(lookup, "psa.circuit.failure-threshold"),
                millis(lookup, "psa.circuit.delay-ms"),
                millis(lookup, "psa.health.timeout-ms"),
                integer(lookup, "psa.page.max-size"));
    }

    /** The {@code Accept} header pinning the API version. */
    public String acceptHeader() {
        return "application/vnd.connectwise.com+json; version=" + apiVersion;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static Duration millis(Function<String, String> lookup, String key) {
        return Duration.ofMillis(Long.parseLong(lookup.apply(key).trim()));
    }

    private static int integer(Function<String, String> lookup, String key) {
        return Integer.parseInt(lookup.apply(key).trim());
    }
}
