package dev.portico.sandbox.query;

import dev.portico.sandbox.query.Expr.Comparison;
import dev.portico.sandbox.query.Expr.Operator;
import dev.portico.sandbox.store.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Turns parsed conditions into predicates over records. Field names are checked against the catalog and literals
 * against the field's type, so a query ConnectWise would refuse is refused here too (400). String comparisons are
 * case-insensitive (SQL Server's default collation); a comparison with a null field is false, as in SQL, except
 * {@code = null}; a missing boolean counts as false (flags are NOT NULL bit columns).
 */
public final class ConditionCompiler {

    /** Elements of {@code customFields[]} ({@code CustomFieldValue}), the target of customFieldConditions. */
    static final FieldCatalog CUSTOM_FIELD_CATALOG = FieldCatalog.builder()
            .declare("id", FieldType.NUMBER)
            .declare("caption", FieldType.STRING)
            .declare("type", FieldType.STRING)
            .declare("entryMethod", FieldType.STRING)
            .declare("numberOfDecimals", FieldType.NUMBER)
            .declare("value", FieldType.ANY)
            .declare("connectWiseId", FieldType.STRING)
            .build();

    private ConditionCompiler() {
    }

    /** {@code conditions}: fields of the record itself. */
    public static Predicate<JsonObject> conditions(String text, QuerySchema schema) {
        Expr expr = ConditionParser.parse(text);
        FieldCatalog catalog = schema.catalog().get();
        return tree(expr, c -> leaf(c, catalog, schema.resource(), "conditions"));
    }

    /**
     * {@code childConditions}: every field is {@code <array>/<field>}. When one array is named, a record matches
     * if one element satisfies the whole expression; with several arrays each comparison is tested on its own.
     */
    public static Predicate<JsonObject> childConditions(String text, QuerySchema schema) {
        Expr expr;
        try {
            expr = ConditionParser.parse(text);
        } catch (QueryException e) {
            throw e.in("childConditions");
        }
        FieldCatalog catalog = schema.catalog().get();
        Map<String, Child> children = new LinkedHashMap<>();
        collect(expr, c -> children.computeIfAbsent(childName(c.field(), schema, catalog),
                name -> child(name, schema, catalog)));
        if (children.size() == 1) {
            Child only = children.values().iterator().next();
            Predicate<JsonObject> element = tree(expr,
                    c -> leaf(strip(c, only.name()), only.catalog(), schema.resource(), "childConditions"));
            return record -> only.elements().apply(record).stream().anyMatch(element);
        }
        return tree(expr, c -> {
            Child child = children.get(childName(c.field(), schema, catalog));
            Predicate<JsonObject> element = leaf(strip(c, child.name()), child.catalog(), schema.resource(),
                    "childConditions");
            return record -> child.elements().apply(record).stream().anyMatch(element);
        });
    }

    /** {@code customFieldConditions}: fields of one {@code customFields[]} element, e.g. {@code caption="X" AND value=true}. */
    public static Predicate<JsonObject> customFieldConditions(String text, QuerySchema schema) {
        Expr expr;
        try {
            expr = ConditionParser.parse(text);
        } catch (QueryException e) {
            throw e.in("customFieldConditions");
        }
        Predicate<JsonObject> element = tree(expr,
                c -> leaf(c, CUSTOM_FIELD_CATALOG, schema.resource(), "customFieldConditions"));
        return record -> {
            JsonArray fields = Jsons.array(record, "customFields");
            return fields != null && fields.stream()
                    .anyMatch(v -> v instanceof JsonObject o && element.test(o));
        };
    }

    private record Child(String name, FieldCatalog catalog, Function<JsonObject, List<JsonObject>> elements) {
    }

    private static Predicate<JsonObject> tree(Expr expr, Function<Comparison, Predicate<JsonObject>> leaf) {
        if (expr instanceof Expr.And and) {
            List<Predicate<JsonObject>> terms = new ArrayList<>();
            and.terms().forEach(t -> terms.add(tree(t, leaf)));
            return r -> {
                for (Predicate<JsonObject> t : terms) {
                    if (!t.test(r)) {
                        return false;
                    }
                }
                return true;
            };
        }
        if (expr instanceof Expr.Or or) {
            List<Predicate<JsonObject>> terms = new ArrayList<>();
            or.terms().forEach(t -> terms.add(tree(t, leaf)));
            return r -> {
                for (Predicate<JsonObject> t : terms) {
                    if (t.test(r)) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (expr instanceof Expr.Not not) {
            return tree(not.term(), leaf).negate();
        }
        return leaf.apply((Comparison) expr);
    }

    private static void collect(Expr expr, Consumer<Comparison> sink) {
        if (expr instanceof Expr.And and) {
            and.terms().forEach(t -> collect(t, sink));
        } else if (expr instanceof Expr.Or or) {
            or.terms().forEach(t -> collect(t, sink));
        } else if (expr instanceof Expr.Not not) {
            collect(not.term(), sink);
        } else {
            sink.accept((Comparison) expr);
        }
    }

    /** The longest leading part of the field path that names an array or a child source. */
    private static String childName(String field, QuerySchema schema, FieldCatalog catalog) {
        String[] segments = field.split("/");
        for (int n = segments.length - 1; n >= 1; n--) {
            String prefix = String.join("/", Arrays.copyOf(segments, n));
            for (String name : schema.children().keySet()) {
                if (name.equalsIgnoreCase(prefix)) {
                    return name;
                }
            }
            String canonical = catalog.resolve(prefix).orElse(null);
            if (canonical != null && catalog.child(canonical) != null) {
                return canonical;
            }
        }
        throw new QueryException("InvalidField", "childConditions", "'" + field
                + "' does not name a field of a child collection of " + schema.resource()
                + "; use <child>/<field>, e.g. " + example(schema, catalog));
    }

    private static String example(QuerySchema schema, FieldCatalog catalog) {
        if (!schema.children().isEmpty()) {
            return schema.children().keySet().iterator().next() + "/id";
        }
        return catalog.paths().stream().filter(p -> catalog.child(p) != null).findFirst()
                .map(p -> p + "/" + catalog.child(p).paths().iterator().next())
                .orElse("(none: " + schema.resource() + " has no child collections)");
    }

    private static Child child(String name, QuerySchema schema, FieldCatalog catalog) {
        ChildSource source = schema.children().get(name);
        if (source != null) {
            return new Child(name, source.catalog(), source::elements);
        }
        return new Child(name, catalog.child(name), record -> {
            JsonValue v = Jsons.at(record, name);
            List<JsonObject> elements = new ArrayList<>();
            if (v instanceof JsonArray array) {
                array.forEach(e -> {
                    if (e instanceof JsonObject o) {
                        elements.add(o);
                    }
                });
            }
            return elements;
        });
    }

    private static Comparison strip(Comparison c, String childName) {
        String rest = c.field().substring(childName.length() + 1);
        return new Comparison(rest, c.operator(), c.values(), c.negated(), c.position());
    }

    private static Predicate<JsonObject> leaf(Comparison c, FieldCatalog catalog, String resource, String parameter) {
        String path = catalog.resolve(c.field()).orElseThrow(() -> new QueryException("InvalidField", parameter,
                "Unknown field '" + c.field() + "' in " + parameter + " for " + resource));
        FieldType type = catalog.type(path);
        if (!type.scalar()) {
            throw new QueryException("InvalidField", parameter, "'" + c.field() + "' is "
                    + (type == FieldType.ARRAY ? "a list; filter it with childConditions" : "an object; name one of its fields, e.g. "
                    + c.field() + "/id"));
        }
        Predicate<JsonValue> test = test(c, type, parameter);
        return record -> test.test(Jsons.at(record, path));
    }

    private static Predicate<JsonValue> test(Comparison c, FieldType type, String parameter) {
        for (Literal literal : c.values()) {
            checkLiteral(c, type, literal, parameter);
        }
        Operator op = c.operator();
        switch (op) {
            case IN -> {
                List<Literal> values = c.values();
                Predicate<JsonValue> any = v -> {
                    for (Literal l : values) {
                        if (l == Literal.Null.INSTANCE ? isNull(v, type) : Integer.valueOf(0).equals(compare(v, l, type))) {
                            return true;
                        }
                    }
                    return false;
                };
                return c.negated() ? v -> !isNull(v, type) && !any.test(v) : any;
            }
            case CONTAINS, LIKE -> {
                String needle = ((Literal.Text) c.value()).value();
                Predicate<String> match = op == Operator.CONTAINS ? containsIgnoreCase(needle) : like(needle);
                return v -> {
                    if (!(v instanceof JsonString s)) {
                        return false;
                    }
                    return match.test(s.getString()) != c.negated();
                };
            }
            default -> {
                Literal literal = c.value();
                if (literal == Literal.Null.INSTANCE) {
                    return op == Operator.EQ ? v -> isNull(v, type) : v -> !isNull(v, type);
                }
                return v -> {
                    Integer cmp = compare(v, literal, type);
                    if (cmp == null) {
                        return false;
                    }
                    return switch (op) {
                        case EQ -> cmp == 0;
                        case NE -> cmp != 0;
                        case LT -> cmp < 0;
                        case LE -> cmp <= 0;
                        case GT -> cmp > 0;
                        case GE -> cmp >= 0;
                        default -> throw new IllegalStateException(op.name());
                    };
                };
            }
        }
    }

    private static void checkLiteral(Comparison c, FieldType type, Literal literal, String parameter) {
        Operator op = c.operator();
        String field = c.field();
        if (literal == Literal.Null.INSTANCE) {
            if (op != Operator.EQ && op != Operator.NE && op != Operator.IN) {
                throw new QueryException("InvalidOperator", parameter,
                        "null can only be compared with = or != (field '" + field + "')");
            }
            return;
        }
        if (op == Operator.CONTAINS || op == Operator.LIKE) {
            if (!(literal instanceof Literal.Text) || (type != FieldType.STRING && type != FieldType.ANY)) {
                throw new QueryException("InvalidOperator", parameter, op.name().toLowerCase(Locale.ROOT)
                        + " needs a text field and a quoted string ('" + field + "' is " + describe(type)
                        + ", value " + literal.describe() + ")");
            }
            return;
        }
        boolean ordering = op == Operator.LT || op == Operator.LE || op == Operator.GT || op == Operator.GE;
        switch (type) {
            case STRING -> require(literal instanceof Literal.Text, c, type, literal, parameter);
            case NUMBER -> require(literal instanceof Literal.Number, c, type, literal, parameter);
            case DATETIME -> require(literal instanceof Literal.DateTime, c, type, literal, parameter);
            case BOOLEAN -> {
                require(literal instanceof Literal.Bool, c, type, literal, parameter);
                if (ordering) {
                    throw new QueryException("InvalidOperator", parameter,
                            "'" + field + "' is a boolean; only =, != and in are allowed");
                }
            }
            case ANY -> {
                if (ordering && literal instanceof Literal.Bool) {
                    throw new QueryException("InvalidOperator", parameter,
                            "booleans can only be compared with =, != and in (field '" + field + "')");
                }
            }
            default -> throw new IllegalStateException(type.name());
        }
    }

    private static void require(boolean ok, Comparison c, FieldType type, Literal literal, String parameter) {
        if (!ok) {
            throw new QueryException("InvalidValue", parameter, "'" + c.field() + "' is " + describe(type)
                    + " and cannot be compared with " + literal.describe()
                    + (type == FieldType.DATETIME ? "; write dates as [2025-01-01T00:00:00Z]" : "")
                    + (type == FieldType.STRING ? "; strings must be in double quotes" : ""));
        }
    }

    private static String describe(FieldType type) {
        return switch (type) {
            case STRING -> "a text field";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case DATETIME -> "a date";
            default -> "a field of unknown type";
        };
    }

    private static boolean isNull(JsonValue v, FieldType type) {
        if (type == FieldType.BOOLEAN) {
            return false;
        }
        return v == null || v.getValueType() == JsonValue.ValueType.NULL;
    }

    /** Compares a stored value with a literal; null when they cannot be compared (null value, other type). */
    static Integer compare(JsonValue v, Literal literal, FieldType type) {
        if (type == FieldType.BOOLEAN && (v == null || v == JsonValue.NULL)) {
            v = JsonValue.FALSE;
        }
        if (v == null) {
            return null;
        }
        if (literal instanceof Literal.Text t && v instanceof JsonString s) {
            return Integer.signum(String.CASE_INSENSITIVE_ORDER.compare(s.getString(), t.value()));
        }
        if (literal instanceof Literal.Number n && v instanceof JsonNumber num) {
            return Integer.signum(num.bigDecimalValue().compareTo(n.value()));
        }
        if (literal instanceof Literal.Bool b && (v == JsonValue.TRUE || v == JsonValue.FALSE
                || v.getValueType() == JsonValue.ValueType.TRUE || v.getValueType() == JsonValue.ValueType.FALSE)) {
            boolean value = v.getValueType() == JsonValue.ValueType.TRUE;
            return value == b.value() ? 0 : (value ? 1 : -1);
        }
        if (literal instanceof Literal.DateTime d && v instanceof JsonString s) {
            Instant instant = instant(s.getString());
            return instant == null ? null : Integer.signum(instant.compareTo(d.value()));
        }
        return null;
    }

    static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Predicate<String> containsIgnoreCase(String needle) {
        String lower = needle.toLowerCase(Locale.ROOT);
        return s -> s.toLowerCase(Locale.ROOT).contains(lower);
    }

    /** SQL-style LIKE where only {@code %} is a wildcard; the rest of the pattern is literal. */
    static Predicate<String> like(String pattern) {
        StringBuilder regex = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= pattern.length(); i++) {
            if (i == pattern.length() || pattern.charAt(i) == '%') {
                if (i > start) {
                    regex.append(Pattern.quote(pattern.substring(start, i)));
                }
                if (i < pattern.length()) {
                    regex.append(".*");
                }
                start = i + 1;
            }
        }
        Pattern compiled = Pattern.compile(regex.toString(),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
        return s -> compiled.matcher(s).matches();
    }
}
