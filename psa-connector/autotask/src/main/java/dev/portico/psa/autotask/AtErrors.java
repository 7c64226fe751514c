package dev.portico.psa.autotask;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an Autotask error answer into one of the connector's exceptions. Autotask reports business and
 * validation errors as HTTP 500 with {@code {"errors":["..."]}}: those are refusals of the input (field problems,
 * the PSA's text never marked safe), not "PSA down". A 500 without errors is a transient failure.
 */
public final class AtErrors {

    private static final Logger LOG = Logger.getLogger(AtErrors.class.getName());

    /** The first wait after a 429 that names no Retry-After (Autotask sends no rate-limit headers). */
    static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(1);

    private static final Pattern MISSING = Pattern.compile("Missing Required Field:\\s*(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_ASSOCIATED = Pattern.compile("(\\w+)(?:\\s*\\[[^]]*])?\\s+is not associated",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PICKLIST = Pattern.compile("picklist:\\s*(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOO_LONG = Pattern.compile("(\\w+).{0,40}(exceeds|too long|maximum length)",
            Pattern.CASE_INSENSITIVE);

    private AtErrors() {
    }

    /**
     * @param retryAfterHeader the Retry-After header, or null
     */
    public static PsaException toException(int status, String retryAfterHeader, String body) {
        List<String> errors = errors(body);
        return switch (status) {
            case 404 -> new PsaNotFoundException("PSA record");
            case 401 -> {
                LOG.log(Level.SEVERE, "Autotask refused the API user (HTTP 401); check psa.autotask.username, "
                        + "psa.autotask.secret and psa.autotask.integration-code");
                yield new AtMisconfigured("PSA refused the portal's API credentials (401)");
            }
            case 403 -> {
                LOG.log(Level.SEVERE, "Autotask refused the API user's security level (HTTP 403): {0}", errors);
                yield new PsaUnavailableException("PSA refused the API user's security level (403)", null);
            }
            case 429 -> new PsaRateLimitedException(retryAfter(retryAfterHeader));
            case 400, 409, 422 -> rejected(status, errors);
            default -> {
                // Autotask answers business errors as 500 with texts; other 5xx, and a 500 whose only texts are a
                // generic server failure, are the PSA failing, whatever body a gateway in front of it adds
                if (status == 500 && !errors.isEmpty() && !errors.stream().allMatch(AtErrors::isServerFailure)) {
                    yield rejected(status, errors);
                }
                yield status >= 500 ? new TransientPsaFailure("PSA answered " + status, null)
                        : new PsaUnavailableException("PSA answered " + status + " " + errors, null);
            }
        };
    }

    private static final Pattern SERVER_FAILURE = Pattern.compile(
            "unexpected error|internal server error|an error has occurred|service is unavailable|temporarily unavailable",
            Pattern.CASE_INSENSITIVE);

    /** An error text that says the server failed, not that the request was wrong. */
    static boolean isServerFailure(String error) {
        return SERVER_FAILURE.matcher(error).find();
    }

    /** A refusal with one field problem per Autotask error text. */
    static PsaRejectedException rejected(int status, List<String> errors) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String error : errors) {
            problems.add(problem(error));
        }
        return new PsaRejectedException("The PSA refused the request (" + status + "): " + String.join("; ", errors),
                problems);
    }

    /** One Autotask error text as a field problem in the neutral API's terms; the text is for logs only. */
    static FieldProblem problem(String error) {
        Matcher matcher = MISSING.matcher(error);
        if (matcher.find()) {
            return FieldProblem.of(neutralField(matcher.group(1)), Keys.REQUIRED, error);
        }
        matcher = NOT_ASSOCIATED.matcher(error);
        if (matcher.find()) {
            return FieldProblem.of(neutralField(matcher.group(1)), Keys.NOT_OWN, error);
        }
        matcher = PICKLIST.matcher(error);
        if (matcher.find()) {
            return FieldProblem.of(neutralField(matcher.group(1)), Keys.INVALID, error);
        }
        matcher = TOO_LONG.matcher(error);
        if (matcher.find()) {
            return FieldProblem.of(neutralField(matcher.group(1)), Keys.TOO_LONG, error);
        }
        if (error.toLowerCase(Locale.ROOT).contains("attachment") && error.toLowerCase(Locale.ROOT).contains("size")) {
            return FieldProblem.of("file", Keys.TOO_LARGE, error);
        }
        return FieldProblem.of("", Keys.INVALID, error);
    }

    /** Autotask's field names in the neutral API's terms. */
    static String neutralField(String atField) {
        return switch (atField.toLowerCase(Locale.ROOT)) {
            case "title" -> "summary";
            case "description" -> "description";
            case "contactid" -> "contact";
            case "companylocationid" -> "site";
            case "configurationitemid" -> "configurationItems";
            case "duedatetime" -> "dueAt";
            case "purchaseordernumber" -> "poNumber";
            case "issuetype", "subissuetype", "tickettype", "ticketcategory", "queueid" -> "requestType";
            case "firstname" -> "firstName";
            case "lastname" -> "lastName";
            case "emailaddress", "emailaddress2", "emailaddress3" -> "email";
            default -> atField;
        };
    }

    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT_BACKOFF;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
        } catch (NumberFormatException notSeconds) {
            return DEFAULT_BACKOFF;
        }
    }

    /** The texts of {@code errors[]}: strings, or objects with a {@code message}. */
    static List<String> errors(String body) {
        List<String> texts = new ArrayList<>();
        if (body == null || body.isBlank()) {
            return texts;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return texts;
            }
            JsonValue errors = value.asJsonObject().get("errors");
            if (errors == null || errors.getValueType() != JsonValue.ValueType.ARRAY) {
                return texts;
            }
            for (JsonValue item : errors.asJsonArray()) {
                if (item.getValueType() == JsonValue.ValueType.STRING) {
                    texts.add(((jakarta.json.JsonString) item).getString());
                } else if (item.getValueType() == JsonValue.ValueType.OBJECT) {
                    JsonObject object = item.asJsonObject();
                    texts.add(object.getString("message", object.toString()));
                }
            }
        } catch (JsonParsingException | IllegalStateException notJson) {
            return texts;
        }
        return texts;
    }

    /** 401: the credentials are wrong, or the zone moved; the zone is looked up again on the next call. */
    static final class AtMisconfigured extends PsaUnavailableException {
        AtMisconfigured(String message) {
            super(message, null);
        }
    }
}
