package dev.portico.portal.config;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Reads portal settings by key. Lets settings classes be built from MicroProfile Config in the
 * server and from a plain map in unit tests; blank values count as unset.
 */
@FunctionalInterface
public interface ConfigLookup {

    String TIME_ZONE = "portal.time-zone";

    Optional<String> raw(String key);

    static ConfigLookup of(Config config) {
        return key -> config.getOptionalValue(key, String.class);
    }

    static ConfigLookup of(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key));
    }

    default Optional<String> get(String key) {
        return raw(key).map(String::trim).filter(value -> !value.isEmpty());
    }

    default String string(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    default int integer(String key, int defaultValue, int min, int max) {
        Optional<String> value = get(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.get());
            if (parsed < min || parsed > max) {
                throw new IllegalArgumentException(
                        "Config key " + key + " must be between " + min + " and " + max + ", is " + parsed);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Config key " + key + " must be a whole number, is '" + value.get() + "'", e);
        }
    }

    /** The zone of {@code portal.time-zone} (dates shown, date filters, month buckets); the server's by default. */
    default ZoneId timeZone() {
        String zone = string(TIME_ZONE, ZoneId.systemDefault().getId());
        try {
            return ZoneId.of(zone);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(TIME_ZONE + " must be a time zone such as Europe/London, is '" + zone + "'", e);
        }
    }
}
