package dev.portico.sandbox.autotask;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The Autotask face's demo credentials and limits. Each value is read, first match wins, from the system property
 * {@code sandbox.autotask.<key>}, the environment variable {@code SANDBOX_AUTOTASK_<KEY>}, the system property
 * {@code psa.autotask.<key>}, the environment variable {@code PSA_AUTOTASK_<KEY>} (the adapter's own keys, so one
 * override configures both sides of a test), then the demo default. The limits are sandbox-only keys.
 */
@ApplicationScoped
public class AutotaskSettings {

    public static final String DEFAULT_INTEGRATION_CODE = "PORTICO-DEMO-TRACKING-ID";
    public static final String DEFAULT_USER_NAME = "portico-api@sandbox.example";
    public static final String DEFAULT_SECRET = "demo-autotask-secret";
    public static final int DEFAULT_CI = 70001;
    public static final int DEFAULT_REQUEST_THRESHOLD = 10_000;
    public static final int DEFAULT_THREAD_LIMIT = 3;

    private final String integrationCode;
    private final String userName;
    private final String secret;
    private final int ci;
    private final int requestThreshold;
    private final int threadLimit;

    public AutotaskSettings() {
        this(System::getProperty, System::getenv);
    }

    public AutotaskSettings(Function<String, String> properties, Function<String, String> environment) {
        this.integrationCode = value(properties, environment, "integration-code", DEFAULT_INTEGRATION_CODE, true);
        // the adapter names this key psa.autotask.username (PSA_AUTOTASK_USERNAME): accepted after user-name
        String userName = value(properties, environment, "user-name", null, true);
        this.userName = userName != null ? userName : Objects.requireNonNullElse(first(
                properties.apply("psa.autotask.username"), environment.apply("PSA_AUTOTASK_USERNAME")), DEFAULT_USER_NAME);
        this.secret = value(properties, environment, "secret", DEFAULT_SECRET, true);
        this.ci = Integer.parseInt(value(properties, environment, "ci", String.valueOf(DEFAULT_CI), false));
        this.requestThreshold = Integer.parseInt(value(properties, environment, "request-threshold",
                String.valueOf(DEFAULT_REQUEST_THRESHOLD), false));
        this.threadLimit = Integer.parseInt(value(properties, environment, "thread-limit",
                String.valueOf(DEFAULT_THREAD_LIMIT), false));
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.trim();
            }
        }
        return null;
    }

    private static String value(Function<String, String> properties, Function<String, String> environment,
                                String key, String fallback, boolean sharedWithAdapter) {
        String env = key.replace('-', '_').toUpperCase(Locale.ROOT);
        String[] candidates = sharedWithAdapter
                ? new String[] {properties.apply("sandbox.autotask." + key), environment.apply("SANDBOX_AUTOTASK_" + env),
                        properties.apply("psa.autotask." + key), environment.apply("PSA_AUTOTASK_" + env)}
                : new String[] {properties.apply("sandbox.autotask." + key), environment.apply("SANDBOX_AUTOTASK_" + env)};
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.trim();
            }
        }
        return fallback;
    }

    public String integrationCode() {
        return integrationCode;
    }

    public String userName() {
        return userName;
    }

    public String secret() {
        return secret;
    }

    public int ci() {
        return ci;
    }

    public int requestThreshold() {
        return requestThreshold;
    }

    public int threadLimit() {
        return threadLimit;
    }
}
