package dev.portico.portal.config;

import java.time.ZoneId;
import java.util.Optional;

/**
 * Checks for {@code portal.*} values injected from MicroProfile Config as text ({@code Optional<String>}), so a
 * bad value stops the deployment with a message naming its key. Blank values count as unset.
 */
public final class ConfigValues {

    /** The portal's time zone, shared by Home, the ticket list and announcements. */
    public static final String TIME_ZONE = "portal.time-zone";

    private ConfigValues() {
    }

    /** The trimmed value; empty when unset or blank. */
    public static Optional<String> present(Optional<String> raw) {
        return raw.map(String::trim).filter(value -> !value.isEmpty());
    }

    public static String text(Optional<String> raw, String defaultValue) {
        return present(raw).orElse(defaultValue);
    }

    /** A whole number, or the default when unset; the range is the settings record's to check. */
    public static int integer(String key, Optional<String> raw, int defaultValue) {
        Optional<String> value = present(raw);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Config key " + key + " must be a whole number, is '" + value.get() + "'", e);
        }
    }

    /** Refuses a value outside {@code min..max}, naming the key. */
    public static int range(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    "Config key " + key + " must be between " + min + " and " + max + ", is " + value);
        }
        return value;
    }

    /** The zone of {@value #TIME_ZONE} (dates shown, date filters, month buckets); the server's by default. */
    public static ZoneId zone(Optional<String> raw) {
        String zone = text(raw, ZoneId.systemDefault().getId());
        try {
            return ZoneId.of(zone);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(TIME_ZONE + " must be a time zone such as Europe/London, is '" + zone + "'", e);
        }
    }
}
