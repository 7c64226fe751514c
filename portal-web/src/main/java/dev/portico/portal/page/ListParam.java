package dev.portico.portal.page;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/**
 * One typed GET parameter of a list page: its name and how its text becomes a value. A value that does not
 * parse is "rejected" (left out and reported by {@link ListParams}), never an error page.
 */
public record ListParam<T>(String name, Function<String, Optional<T>> parser) {

    /** The longest record number accepted. */
    public static final int MAX_NUMBER = 30;
    /** Letters, digits, dots and dashes, with a digit that is not 0 somewhere. */
    public static final String NUMBER_SHAPE = "(?=[A-Za-z0-9.\\-]*[1-9])[A-Za-z0-9][A-Za-z0-9.\\-]{0,"
            + (MAX_NUMBER - 1) + "}";

    /** A positive whole number such as a PSA id. */
    public static ListParam<Long> id(String name) {
        return new ListParam<>(name, ListParam::parseId);
    }

    /**
     * A record number as the PSA shows it to customers ({@link #parseNumber}): {@code 10234} or
     * {@code T20240101.0001}. Which records it matches is the adapter's to decide.
     */
    public static ListParam<String> number(String name) {
        return new ListParam<>(name, ListParam::parseNumber);
    }

    /** A day as {@code 2025-06-30}. */
    public static ListParam<LocalDate> date(String name) {
        return new ListParam<>(name, value -> parse(value, "\\d{4}-\\d{2}-\\d{2}", LocalDate::parse));
    }

    /** A month as {@code 2025-06}. */
    public static ListParam<YearMonth> month(String name) {
        return new ListParam<>(name, value -> parse(value, "\\d{4}-\\d{2}", YearMonth::parse));
    }

    /** Free text, cut to {@code max} characters (never rejected). */
    public static ListParam<String> text(String name, int max) {
        return new ListParam<>(name, value -> Optional.of(value.length() > max ? value.substring(0, max) : value));
    }

    /** A value from a closed set, e.g. an enum's {@code fromParam}. */
    public static <T> ListParam<T> oneOf(String name, Function<String, Optional<T>> lookup) {
        return new ListParam<>(name, lookup);
    }

    /** A switch that is on only with exactly this value, e.g. {@code waiting=reply}. */
    public static ListParam<Boolean> flag(String name, String on) {
        return new ListParam<>(name, value -> on.equals(value) ? Optional.of(Boolean.TRUE) : Optional.empty());
    }

    /**
     * A record number: an optional leading {@code #}, then up to {@value #MAX_NUMBER} letters, digits, dots and
     * dashes with at least one digit other than 0. Anything else (spaces, quotes, words) is no number.
     */
    public static Optional<String> parseNumber(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String number = value.strip();
        number = number.startsWith("#") ? number.substring(1).strip() : number;
        return number.matches(NUMBER_SHAPE) ? Optional.of(number) : Optional.empty();
    }

    public static Optional<Long> parseId(String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        long parsed = Long.parseLong(value);
        return parsed > 0 ? Optional.of(parsed) : Optional.empty();
    }

    private static <T> Optional<T> parse(String value, String shape, Function<String, T> parser) {
        if (!value.matches(shape)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
