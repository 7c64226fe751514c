package dev.portico.psa.autotask;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Lenient reads of Autotask's JSON: absent and null fields are null; all times are UTC (Autotask's rule). */
public final class AtJson {

    private AtJson() {
    }

    public static Long number(JsonObject item, String field) {
        JsonValue value = item.get(field);
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case NUMBER -> ((JsonNumber) value).longValue();
            case STRING -> parseLong(((JsonString) value).getString());
            default -> null;
        };
    }

    public static long number(JsonObject item, String field, long fallback) {
        Long value = number(item, field);
        return value == null ? fallback : value;
    }

    public static BigDecimal decimal(JsonObject item, String field) {
        JsonValue value = item.get(field);
        if (value != null && value.getValueType() == JsonValue.ValueType.NUMBER) {
            return ((JsonNumber) value).bigDecimalValue();
        }
        return null;
    }

    public static String text(JsonObject item, String field) {
        JsonValue value = item.get(field);
        if (value == null) {
            return "";
        }
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER, TRUE, FALSE -> value.toString();
            default -> "";
        };
    }

    /** {@code true}, or 1 for the integer flags some entities use ({@code Contacts.isActive}). */
    public static boolean flag(JsonObject item, String field) {
        JsonValue value = item.get(field);
        if (value == null) {
            return false;
        }
        return value.getValueType() == JsonValue.ValueType.TRUE
                || value.getValueType() == JsonValue.ValueType.NUMBER && ((JsonNumber) value).longValue() != 0;
    }

    public static Instant instant(JsonObject item, String field) {
        String text = text(item, field);
        if (text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException noOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException noTime) {
                try {
                    return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException unreadable) {
                    return null;
                }
            }
        }
    }

    public static LocalDate date(JsonObject item, String field) {
        Instant instant = instant(item, field);
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Long parseLong(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException notNumber) {
            return null;
        }
    }
}
