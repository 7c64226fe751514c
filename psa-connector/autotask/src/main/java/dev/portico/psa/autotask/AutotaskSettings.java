package dev.portico.psa.autotask;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * Connection, limit and resilience settings of the Autotask adapter. Defaults live in the adapter's
 * {@code META-INF/microprofile-config.properties}; the zone-discovery URL and the API user's credentials
 * ({@link #REQUIRED}) have none.
 *
 * @param url where zone discovery is asked ({@code https://webservices<any>.autotask.net/ATServicesRest/})
 * @param concurrentCallsPerEndpoint calls in flight per entity endpoint, 1..{@value #MAX_CONCURRENCY}
 */
public record AutotaskSettings(
        URI url,
        String username,
        String secret,
        String integrationCode,
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
        int concurrentCallsPerEndpoint,
        Duration budgetPollInterval,
        int budgetWarnPercent,
        int budgetCriticalPercent,
        Duration zoneCacheTtl) {

    /** Autotask's thread limit per endpoint and integration is 3; the adapter never asks for more. */
    public static final int MAX_CONCURRENCY = 3;

    public static final List<String> REQUIRED = List.of("psa.autotask.url", "psa.autotask.username",
            "psa.autotask.secret", "psa.autotask.integration-code");

    public AutotaskSettings {
        Objects.requireNonNull(url, "psa.autotask.url");
        if (concurrentCallsPerEndpoint < 1 || concurrentCallsPerEndpoint > MAX_CONCURRENCY) {
            throw new IllegalArgumentException("psa.autotask.concurrent-calls-per-endpoint must be within 1.."
                    + MAX_CONCURRENCY + ", Autotask's thread limit");
        }
        if (retryMaxAttempts < 1 || rateLimitMaxRetries < 0 || circuitFailureThreshold < 1) {
            throw new IllegalArgumentException("retry attempts and circuit threshold must be positive");
        }
        if (budgetWarnPercent < 1 || budgetCriticalPercent <= budgetWarnPercent || budgetCriticalPercent > 100) {
            throw new IllegalArgumentException("psa.autotask.budget.warn-percent < critical-percent <= 100");
        }
    }

    public static AutotaskSettings from(Config config) {
        return from(lookup(config));
    }

    /** @throws IllegalStateException naming every required key that is not set, or an out-of-range value */
    public static AutotaskSettings from(Function<String, String> lookup) {
        problem(lookup).ifPresent(message -> {
            throw new IllegalStateException(message);
        });
        String url = lookup.apply("psa.autotask.url").trim();
        return new AutotaskSettings(
                URI.create(url.endsWith("/") ? url : url + "/"),
                lookup.apply("psa.autotask.username").trim(),
                lookup.apply("psa.autotask.secret"),
                lookup.apply("psa.autotask.integration-code").trim(),
                millis(lookup, "psa.http.connect-timeout-ms", 3000),
                millis(lookup, "psa.http.read-timeout-ms", 10000),
                millis(lookup, "psa.call.timeout-ms", 20000),
                integer(lookup, "psa.retry.max-attempts", 3),
                millis(lookup, "psa.retry.initial-delay-ms", 200),
                millis(lookup, "psa.retry.max-delay-ms", 2000),
                millis(lookup, "psa.rate-limit.max-wait-ms", 10000),
                integer(lookup, "psa.rate-limit.max-retries", 3),
                integer(lookup, "psa.circuit.failure-threshold", 5),
                millis(lookup, "psa.circuit.delay-ms", 15000),
                millis(lookup, "psa.health.timeout-ms", 2000),
                integer(lookup, "psa.autotask.concurrent-calls-per-endpoint", 2),
                Duration.ofSeconds(integer(lookup, "psa.autotask.budget.poll-seconds", 180)),
                integer(lookup, "psa.autotask.budget.warn-percent", 75),
                integer(lookup, "psa.autotask.budget.critical-percent", 90),
                Duration.ofSeconds(integer(lookup, "psa.autotask.zone.cache-seconds", 3600)));
    }

    /**
     * Why the adapter cannot start with these settings: each required key left unset or blank (with its
     * environment variable), or a concurrency above Autotask's limit.
     */
    public static Optional<String> problem(Function<String, String> lookup) {
        List<String> missing = REQUIRED.stream().filter(key -> {
            String value = lookup.apply(key);
            return value == null || value.isBlank();
        }).toList();
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add(String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " not set. Set "
                    + (missing.size() == 1 ? "it" : "them") + " as system properties or environment variables ("
                    + missing.stream().map(AutotaskSettings::environmentName).collect(Collectors.joining(", "))
                    + ").");
        }
        String concurrency = lookup.apply("psa.autotask.concurrent-calls-per-endpoint");
        if (concurrency != null && !concurrency.isBlank()) {
            try {
                int value = Integer.parseInt(concurrency.trim());
                if (value < 1 || value > MAX_CONCURRENCY) {
                    problems.add("psa.autotask.concurrent-calls-per-endpoint=" + value + " is outside 1.."
                            + MAX_CONCURRENCY + " (Autotask allows 3 concurrent calls per endpoint and integration).");
                }
            } catch (NumberFormatException notNumber) {
                problems.add("psa.autotask.concurrent-calls-per-endpoint is not a number.");
            }
        }
        return problems.isEmpty() ? Optional.empty()
                : Optional.of("The Autotask adapter cannot start: " + String.join(" ", problems));
    }

    static Function<String, String> lookup(Config config) {
        return key -> config.getOptionalValue(key, String.class).orElse(null);
    }

    static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static Duration millis(Function<String, String> lookup, String key, long fallback) {
        return Duration.ofMillis(integer(lookup, key, fallback));
    }

    private static int integer(Function<String, String> lookup, String key, long fallback) {
        String value = lookup.apply(key);
        return value == null || value.isBlank() ? (int) fallback : Integer.parseInt(value.trim());
    }
}
