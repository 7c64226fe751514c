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

    /** A positive whole number such as a PSA id. */
    public static ListParam<Long> id(String name) {
        return new ListParam<>(name, ListParam::parseId);
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
