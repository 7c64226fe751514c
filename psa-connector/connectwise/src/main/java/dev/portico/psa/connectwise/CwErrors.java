package dev.portico.psa.connectwise;

import dev.portico.psa.PsaException;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaRateLimitedException;
import dev.portico.psa.PsaRejectedException;
import dev.portico.psa.PsaRejectedException.FieldProblem;
import dev.portico.psa.PsaRejectedException.Keys;
import dev.portico.psa.PsaUnavailableException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns a ConnectWise error answer ({@code {code, message, errors[]}}) into one of the connector's few exceptions. */
final class CwErrors {

    private static final Logger LOG = Logger.getLogger(CwErrors.class.getName());
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    private CwErrors() {
    }

    static PsaException toException(int status, String retryAfterHeader, String body) {
        JsonObject error = parse(body);
        String message = text(error, "message");
        return switch (status) {
            case 404 -> new PsaNotFoundException("PSA record");
            case 400, 409, 422 -> new PsaRejectedException(
                    message.isEmpty() ? "The PSA refused the request (" + status + ")" : message, problems(error));
            case 401, 403 -> {
                LOG.log(Level.SEVERE, "ConnectWise refused the API credentials or their security role (HTTP {0}: {1}); "
                        + "check psa.connectwise.company-id, public-key, private-key and client-id",
                        new Object[] {status, message});
                yield new PsaUnavailableException("PSA refused the portal's API credentials (" + status + ")", null);
            }
            case 429 -> new PsaRateLimitedException(retryAfter(retryAfterHeader));
            default -> status >= 500
                    ? new TransientPsaFailure("PSA answered " + status + suffix(message), null)
                    : new PsaUnavailableException("PSA answered " + status + suffix(message), null);
        };
    }

    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT_RETRY_AFTER;
        }
        String value = header.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notADate) {
                return DEFAULT_RETRY_AFTER;
            }
        }
    }

    private static List<FieldProblem> problems(JsonObject error) {
        List<FieldProblem> problems = new ArrayList<>();
        JsonValue errors = error.get("errors");
        if (errors != null && errors.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue item : errors.asJsonArray()) {
                if (item.getValueType() == JsonValue.ValueType.OBJECT) {
                    JsonObject problem = item.asJsonObject();
                    problems.add(FieldProblem.of(neutralField(text(problem, "field")), key(text(problem, "code")),
                            text(problem, "message")));
                }
            }
        }
        return problems;
    }

    /** ConnectWise's field names in the neutral API's terms, where they differ. */
    static String neutralField(String cwField) {
        return switch (cwField) {
            case "requiredDate" -> "dueAt";
            case "configurations" -> "configurationItems";
            case "automaticEmailCc" -> "otherRecipients";
            default -> cwField;
        };
    }

    /**
     * The message key of a ConnectWise validation code. ConnectWise's own text is never marked safe to show: it
     * names internal objects and fields.
     */
    static String key(String code) {
        return switch (code) {
            case "MissingRequiredField", "RequiredField", "Required" -> Keys.REQUIRED;
            case "MaxLength", "MaxLengthExceeded", "FieldTooLong", "TooLong" -> Keys.TOO_LONG;
            case "ObjectExists", "Conflict", "DuplicateObject" -> Keys.CONFLICT;
            case "InvalidEmail", "InvalidEmailAddress" -> Keys.NOT_EMAIL;
            default -> Keys.INVALID;
        };
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : JsonValue.EMPTY_JSON_OBJECT;
        } catch (JsonParsingException | IllegalStateException notJson) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    private static String text(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value != null && value.getValueType() == JsonValue.ValueType.STRING
                ? object.getString(key) : "";
    }

    private static String suffix(String message) {
        return message.isEmpty() ? "" : ": " + message;
    }
}
