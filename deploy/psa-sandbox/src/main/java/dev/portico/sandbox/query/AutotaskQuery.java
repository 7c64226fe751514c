package dev.portico.sandbox.query;

import dev.portico.sandbox.store.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The Autotask query engine, beside the ConnectWise {@code conditions} engine of this package: a {@code QueryModel} ({@code filter}, {@code includeFields}, {@code maxRecords}, property
 * names in any case) compiled against the Autotask-shaped view of an entity. Operators {@code eq, noteq, gt, gte, lt,
 * lte, beginsWith, endsWith, contains, exist, notExist, in, notIn} (names in any case) and the groups {@code and} and
 * {@code or}; top-level items are ANDed.
 * <p>
 * As in Autotask, an <b>unknown operator is silently ignored</b>: the item filters nothing, so a typo such as
 * {@code noteExist} returns unfiltered results. A client must whitelist its operators. Other rules: a record without
 * a value for the field only matches {@code notExist} (SQL semantics); strings compare without regard to case; a
 * date-time field compares as an instant ({@code 2024-01-01} means midnight UTC); a boolean field needs a JSON
 * {@code true}/{@code false}; at most 500 conditions inside {@code or} groups and one UDF per query. A query
 * Autotask would refuse throws {@link AutotaskQueryException}, which the Autotask face answers as HTTP 500.
 */
public final class AutotaskQuery {

    public static final int MAX_RECORDS = 500;
    public static final int MAX_OR_CONDITIONS = 500;
    public static final Set<String> OPERATORS = Set.of("eq", "noteq", "gt", "gte", "lt", "lte", "beginswith",
            "endswith", "contains", "exist", "notexist", "in", "notin");

    private final Predicate<JsonObject> filter;
    private final List<String> includeFields;
    private final int maxRecords;

    private AutotaskQuery(Predicate<JsonObject> filter, List<String> includeFields, int maxRecords) {
        this.filter = filter;
        this.includeFields = includeFields;
        this.maxRecords = maxRecords;
    }

    /**
     * @param body   the QueryModel
     * @param fields the entity's fields, lower-case name to canonical name
     * @param label  the entity's singular name for error messages, e.g. {@code Ticket}
     */
    public static AutotaskQuery parse(JsonValue body, Map<String, String> fields, String label) {
        if (!(body instanceof JsonObject model)) {
            throw new AutotaskQueryException("Value cannot be null. Parameter name: filters");
        }
        JsonValue filterValue = property(model, "filter");
        if (!(filterValue instanceof JsonArray filterItems) || filterItems.isEmpty()) {
            throw new AutotaskQueryException("Value cannot be null. Parameter name: filters");
        }
        int max = MAX_RECORDS;
        JsonValue maxValue = property(model, "maxRecords");
        if (maxValue != null && maxValue != JsonValue.NULL) {
            if (!(maxValue instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 1
                    || n.longValue() > MAX_RECORDS) {
                throw new AutotaskQueryException("MaxRecords must be between 1 and " + MAX_RECORDS + ".");
            }
            max = n.intValue();
        }
        List<String> include = null;
        JsonValue includeValue = property(model, "includeFields");
        if (includeValue instanceof JsonArray names && !names.isEmpty()) {
            Set<String> chosen = new LinkedHashSet<>();
            chosen.add("id");
            for (JsonValue v : names) {
                if (v instanceof JsonString s && fields.containsKey(s.getString().toLowerCase(Locale.ROOT))) {
                    chosen.add(fields.get(s.getString().toLowerCase(Locale.ROOT)));
                }
            }
            include = List.copyOf(chosen);
        }
        Compiler compiler = new Compiler(fields, label);
        Predicate<JsonObject> p = compiler.group(filterItems, true);
        if (compiler.orConditions > MAX_OR_CONDITIONS) {
            throw new AutotaskQueryException("Invalid query syntax. Queries are limited to 500 or fewer 'OR' conditions.");
        }
        if (compiler.udfs > 1) {
            throw new AutotaskQueryException("Only one user-defined field can be queried at a time.");
        }
        return new AutotaskQuery(p, include, max);
    }

    /** A property of the QueryModel or of a filter item, whatever the case of its name. */
    static JsonValue property(JsonObject o, String name) {
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    public boolean test(JsonObject record) {
        return filter.test(record);
    }

    public int maxRecords() {
        return maxRecords;
    }

    /** The record reduced to {@code includeFields} (plus {@code id}), or the whole record. */
    public JsonObject project(JsonObject record) {
        if (includeFields == null) {
            return record;
        }
        JsonObjectBuilder b = Jsons.obj();
        for (String f : includeFields) {
            JsonValue v = record.get(f);
            if (v != null) {
                b.add(f, v);
            }
        }
        return b.build();
    }

    private static final class Compiler {

        private final Map<String, String> fields;
        private final String label;
        int orConditions;
        int udfs;

        Compiler(Map<String, String> fields, String label) {
            this.fields = fields;
            this.label = label;
        }

        Predicate<JsonObject> group(JsonArray items, boolean and) {
            List<Predicate<JsonObject>> parts = new ArrayList<>();
            for (JsonValue item : items) {
                if (!(item instanceof JsonObject o)) {
                    throw new AutotaskQueryException("Invalid query syntax: every filter item must be an object.");
                }
                Predicate<JsonObject> p = item(o);
                if (p != null) {
                    parts.add(p);
                }
            }
            if (!and) {
                orConditions += parts.size();
            }
            if (parts.isEmpty()) {
                return r -> true;
            }
            return and ? r -> parts.stream().allMatch(p -> p.test(r)) : r -> parts.stream().anyMatch(p -> p.test(r));
        }

        /** Null for an item with an unknown operator: Autotask ignores it. */
        Predicate<JsonObject> item(JsonObject o) {
            JsonValue opValue = property(o, "op");
            String op = opValue instanceof JsonString s ? s.getString().toLowerCase(Locale.ROOT) : "";
            if (op.equals("and") || op.equals("or")) {
                JsonValue items = property(o, "items");
                if (!(items instanceof JsonArray list)) {
                    throw new AutotaskQueryException("Invalid query syntax: the '" + op + "' group needs items.");
                }
                return group(list, op.equals("and"));
            }
            if (!OPERATORS.contains(op)) {
                return null;
            }
            JsonValue fieldValue = property(o, "field");
            if (!(fieldValue instanceof JsonString fieldName) || fieldName.getString().isBlank()) {
                throw new AutotaskQueryException("Invalid query syntax: the '" + op + "' condition needs a field.");
            }
            boolean udf = JsonValue.TRUE.equals(property(o, "udf"));
            String field;
            if (udf) {
                udfs++;
                field = fieldName.getString();
            } else {
                field = fields.get(fieldName.getString().toLowerCase(Locale.ROOT));
                if (field == null) {
                    throw new AutotaskQueryException("Unable to find " + fieldName.getString() + " in the " + label
                            + " entity.");
                }
            }
            JsonValue value = property(o, "value");
            if (!op.equals("exist") && !op.equals("notexist") && (value == null || value == JsonValue.NULL)) {
                throw new AutotaskQueryException("Invalid query syntax: the '" + op + "' condition on " + field
                        + " needs a value.");
            }
            if ((op.equals("in") || op.equals("notin")) && !(value instanceof JsonArray)) {
                throw new AutotaskQueryException("Invalid query syntax: the '" + op + "' condition on " + field
                        + " needs an array value.");
            }
            return r -> matches(op, udf ? udfValue(r, field) : r.get(field), value, field);
        }
    }

    private static JsonValue udfValue(JsonObject record, String name) {
        JsonValue udfs = record.get("userDefinedFields");
        if (udfs instanceof JsonArray list) {
            for (JsonValue v : list) {
                if (v instanceof JsonObject u && name.equalsIgnoreCase(Jsons.string(u, "name"))) {
                    return u.get("value");
                }
            }
        }
        return null;
    }

    static boolean matches(String op, JsonValue actual, JsonValue wanted, String field) {
        boolean present = actual != null && actual != JsonValue.NULL;
        switch (op) {
            case "exist":
                return present;
            case "notexist":
                return !present;
            default:
                break;
        }
        if (!present) {
            return false;
        }
        switch (op) {
            case "in":
            case "notin": {
                boolean any = false;
                for (JsonValue w : (JsonArray) wanted) {
                    any |= compare(actual, w, field) == 0;
                }
                return op.equals("in") == any;
            }
            case "beginswith":
                return text(actual).startsWith(text(wanted));
            case "endswith":
                return text(actual).endsWith(text(wanted));
            case "contains":
                return text(actual).contains(text(wanted));
            default:
                break;
        }
        Integer c = compare(actual, wanted, field);
        if (c == null) {
            return false;
        }
        return switch (op) {
            case "eq" -> c == 0;
            case "noteq" -> c != 0;
            case "gt" -> c > 0;
            case "gte" -> c >= 0;
            case "lt" -> c < 0;
            case "lte" -> c <= 0;
            default -> true;
        };
    }

    private static String text(JsonValue v) {
        String s = v instanceof JsonString js ? js.getString() : v.toString();
        return s.toLowerCase(Locale.ROOT);
    }

    /** Compares a record's value with a filter value; null when they cannot be compared (no match). */
    private static Integer compare(JsonValue actual, JsonValue wanted, String field) {
        switch (actual.getValueType()) {
            case TRUE, FALSE -> {
                if (wanted.getValueType() != JsonValue.ValueType.TRUE
                        && wanted.getValueType() != JsonValue.ValueType.FALSE) {
                    throw new AutotaskQueryException("Invalid value for the boolean field " + field
                            + ": use true or false.");
                }
                return actual.getValueType() == wanted.getValueType() ? 0 : (actual == JsonValue.TRUE ? 1 : -1);
            }
            case NUMBER -> {
                BigDecimal w = number(wanted);
                return w == null ? null : ((JsonNumber) actual).bigDecimalValue().compareTo(w);
            }
            case STRING -> {
                String a = ((JsonString) actual).getString();
                String w = wanted instanceof JsonString s ? s.getString() : wanted.toString();
                Instant ai = instant(a);
                Instant wi = ai == null ? null : instant(w);
                if (ai != null && wi != null) {
                    return ai.compareTo(wi);
                }
                return a.compareToIgnoreCase(w);
            }
            default -> {
                return null;
            }
        }
    }

    private static BigDecimal number(JsonValue v) {
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (v instanceof JsonString s) {
            try {
                return new BigDecimal(s.getString().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return v == JsonValue.TRUE ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        return null;
    }

    /** An ISO date or date-time (offset or UTC) as an instant, or null when the text is not one. */
    public static Instant instant(String s) {
        if (s.length() < 10 || !Character.isDigit(s.charAt(0)) || s.charAt(4) != '-') {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
