package dev.portico.psa.connectwise;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * Connection, timeout and resilience settings of the ConnectWise adapter. The defaults live in the
 * connector's {@code META-INF/microprofile-config.properties}; every key can be overridden through
 * MicroProfile Config (system property, or environment such as {@code PSA_CONNECTWISE_URL}). The URL and
 * the credentials ({@link #REQUIRED}) have no default.
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

    /**
     * The settings that have no default: where the PSA is and the API member's credentials. Nothing in the
     * connector jar supplies them; the demo passes the sandbox's (see {@code deploy/demo-config}).
     */
    public static final List<String> REQUIRED = List.of("psa.connectwise.url", "psa.connectwise.company-id",
            "psa.connectwise.public-key", "psa.connectwise.private-key", "psa.connectwise.client-id");

    public static ConnectWiseSettings from(Config config) {
        return from(lookup(config));
    }

    /**
     * Reads every setting through {@code lookup}, which must answer each {@code psa.*} key (defaults included).
     *
     * @throws IllegalStateException naming every {@link #REQUIRED} key that is not set
     */
    public static ConnectWiseSettings from(Function<String, String> lookup) {
        missing(lookup).ifPresent(message -> {
            throw new IllegalStateException(message);
        });
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

    /** One message naming each {@link #REQUIRED} setting that {@code lookup} leaves unset or blank, if any. */
    public static Optional<String> missing(Function<String, String> lookup) {
        List<String> missing = REQUIRED.stream().filter(key -> {
            String value = lookup.apply(key);
            return value == null || value.isBlank();
        }).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("The ConnectWise adapter cannot start: " + String.join(", ", missing)
                + (missing.size() == 1 ? " is" : " are") + " not set. Set "
                + (missing.size() == 1 ? "it" : "them") + " as system properties or environment variables ("
                + missing.stream().map(ConnectWiseSettings::environmentName).collect(Collectors.joining(", ")) + ").");
    }

    /** What MicroProfile Config reads {@code psa.*} keys from: answers null for an unset key. */
    static Function<String, String> lookup(Config config) {
        return key -> config.getOptionalValue(key, String.class).orElse(null);
    }

    private static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
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
