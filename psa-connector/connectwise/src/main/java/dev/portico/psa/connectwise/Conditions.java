package dev.portico.psa.connectwise;

import dev.portico.psa.DateRange;
import dev.portico.psa.PsaScope;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The only way the adapter writes ConnectWise {@code conditions}. Fields and operators are whitelisted
 * per {@link CwRecord}; numbers, booleans and dates are typed; strings are quoted with {@code \} escaped
 * as {@code \\} and then {@code "} as {@code \"}. The caller's scope comes first, in its own parentheses,
 * and everything else is ANDed onto it in a second pair: {@code (company/id=250) AND (...)}.
 */
public final class Conditions {

    private final CwRecord record;
    private final List<String> scope = new ArrayList<>();
    private final List<String> clauses = new ArrayList<>();

    private Conditions(CwRecord record) {
        this.record = Objects.requireNonNull(record);
    }

    /** Conditions on a record that has no company (reference data, child lists checked through their parent). */
    public static Conditions on(CwRecord record) {
        return new Conditions(record);
    }

    /**
     * Conditions scoped to the caller's companies: {@code company/id=<company>} for one company,
     * {@code company/id in (<companies>)} for a scope with sub-companies. When the scope names sites and
     * the record has a site, {@code site/id in (<sites>)} joins the scope part.
     */
    public static Conditions scoped(CwRecord record, PsaScope scope) {
        Conditions conditions = new Conditions(record);
        conditions.scope.add(scope.companyIds().size() == 1
                ? conditions.clause("company/id", "=", Long.toString(scope.companyId()), CwField.NUMBER)
                : conditions.clause("company/id", "in", list(scope.companyIds()), CwField.NUMBER));
        if (!scope.siteIds().isEmpty() && record.has("site/id")) {
            conditions.scope.add(conditions.clause("site/id", "in", list(scope.siteIds()), CwField.NUMBER));
        }
        return conditions;
    }

    /** Adds {@code contact/id=<scope contact>} to the scope part (own tickets only). */
    public Conditions ownedBy(PsaScope scope) {
        this.scope.add(clause("contact/id", "=", Long.toString(scope.contactId()), CwField.NUMBER));
        return this;
    }

    public Conditions is(String field, long value) {
        return add(field, "=", Long.toString(value), CwField.NUMBER);
    }

    public Conditions isNot(String field, long value) {
        return add(field, "!=", Long.toString(value), CwField.NUMBER);
    }

    public Conditions greaterThan(String field, long value) {
        return add(field, ">", Long.toString(value), CwField.NUMBER);
    }

    public Conditions is(String field, boolean value) {
        return add(field, "=", Boolean.toString(value), CwField.BOOLEAN);
    }

    public Conditions is(String field, String value) {
        return add(field, "=", quote(value), CwField.TEXT);
    }

    public Conditions contains(String field, String text) {
        return add(field, "contains", quote(text), CwField.TEXT);
    }

    public Conditions in(String field, Collection<Long> values) {
        requireNonEmpty(values);
        return add(field, "in", list(values), CwField.NUMBER);
    }

    private static String list(Collection<Long> values) {
        return values.stream().sorted().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
    }

    public Conditions inTexts(String field, Collection<String> values) {
        requireNonEmpty(values);
        return add(field, "in", values.stream().sorted().map(Conditions::quote).collect(Collectors.joining(",", "(", ")")),
                CwField.TEXT);
    }

    public Conditions atOrAfter(String field, Instant instant) {
        return add(field, ">=", date(instant), CwField.DATETIME);
    }

    public Conditions before(String field, Instant instant) {
        return add(field, "<", date(instant), CwField.DATETIME);
    }

    /** Both ends of a range that are set. */
    public Conditions within(String field, DateRange range) {
        if (range != null && range.from() != null) {
            atOrAfter(field, range.from());
        }
        if (range != null && range.until() != null) {
            before(field, range.until());
        }
        return this;
    }

    /** One parenthesised group of alternatives; each alternative's clauses are ANDed. */
    public Conditions anyOf(Conditions... alternatives) {
        List<String> parts = new ArrayList<>();
        for (Conditions alternative : alternatives) {
            if (alternative.record != record || !alternative.scope.isEmpty()) {
                throw new IllegalArgumentException("alternatives must be unscoped conditions on " + record);
            }
            if (!alternative.clauses.isEmpty()) {
                parts.add(alternative.clauses.size() == 1 ? alternative.clauses.get(0)
                        : "(" + String.join(" AND ", alternative.clauses) + ")");
            }
        }
        if (!parts.isEmpty()) {
            clauses.add(parts.size() == 1 ? parts.get(0) : "(" + String.join(" OR ", parts) + ")");
        }
        return this;
    }

    public boolean isEmpty() {
        return scope.isEmpty() && clauses.isEmpty();
    }

    /** The conditions string, or null when there is nothing to filter on. */
    public String build() {
        String filters = String.join(" AND ", clauses);
        if (scope.isEmpty()) {
            return filters.isEmpty() ? null : filters;
        }
        String scoped = "(" + String.join(" AND ", scope) + ")";
        return filters.isEmpty() ? scoped : scoped + " AND (" + filters + ")";
    }

    @Override
    public String toString() {
        return String.valueOf(build());
    }

    /** A whitelisted {@code orderBy} value, with {@code id} as tie-breaker so paging is stable. */
    public static String orderBy(CwRecord record, String field, boolean ascending) {
        record.type(field);
        String direction = ascending ? " asc" : " desc";
        return "id".equals(field) ? "id" + direction : field + direction + ",id" + direction;
    }

    /** A ConnectWise string literal: {@code \} becomes {@code \\}, then {@code "} becomes {@code \"}; line breaks become spaces. */
    public static String quote(String value) {
        String text = Objects.requireNonNull(value, "value")
                .replace("\\", "\\\\")
                .replace("\"", "\\\"")
                .replace('\r', ' ')
                .replace('\n', ' ');
        return "\"" + text + "\"";
    }

    static String date(Instant instant) {
        return "[" + instant.truncatedTo(ChronoUnit.SECONDS) + "]";
    }

    private Conditions add(String field, String operator, String literal, CwField kind) {
        clauses.add(clause(field, operator, literal, kind));
        return this;
    }

    private String clause(String field, String operator, String literal, CwField kind) {
        CwField declared = record.type(field);
        if (declared != kind) {
            throw new IllegalArgumentException(field + " is " + declared + ", not " + kind);
        }
        if (!allowed(kind, operator)) {
            throw new IllegalArgumentException("operator " + operator + " is not allowed on " + kind + " field " + field);
        }
        boolean word = Character.isLetter(operator.charAt(0));
        return field + (word ? " " + operator + " " : operator) + literal;
    }

    private static boolean allowed(CwField kind, String operator) {
        return switch (kind) {
            case NUMBER -> List.of("=", "!=", "<", "<=", ">", ">=", "in").contains(operator);
            case TEXT -> List.of("=", "!=", "contains", "in").contains(operator);
            case BOOLEAN -> List.of("=", "!=").contains(operator);
            case DATETIME -> List.of("=", "<", "<=", ">", ">=").contains(operator);
        };
    }

    private static void requireNonEmpty(Collection<?> values) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("an 'in' list needs at least one value");
        }
    }
}
