package dev.portico.sandbox.query;

import dev.portico.sandbox.store.Jsons;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses {@code orderBy} ({@code field [asc|desc], ...}, nested paths allowed) and sorts records. Nulls sort
 * first ascending and last descending (SQL Server); ties are broken by id so paging is stable.
 */
public final class OrderBy {

    private record Key(String path, FieldType type, boolean descending) {
    }

    private final List<Key> keys;

    private OrderBy(List<Key> keys) {
        this.keys = keys;
    }

    public static OrderBy parse(String text, QuerySchema schema) {
        FieldCatalog catalog = schema.catalog().get();
        List<Key> keys = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            for (String part : text.split(",")) {
                String[] words = part.trim().split("\\s+");
                if (words[0].isEmpty() || words.length > 2) {
                    throw new QueryException("InvalidSyntax", "orderBy",
                            "Malformed orderBy entry '" + part.trim() + "'; expected '<field> [asc|desc]'");
                }
                boolean descending = false;
                if (words.length == 2) {
                    String direction = words[1].toLowerCase(Locale.ROOT);
                    if (!direction.equals("asc") && !direction.equals("desc")) {
                        throw new QueryException("InvalidSyntax", "orderBy",
                                "Unknown sort direction '" + words[1] + "'; expected asc or desc");
                    }
                    descending = direction.equals("desc");
                }
                String path = catalog.resolve(words[0]).orElseThrow(() -> new QueryException("InvalidField",
                        "orderBy", "Unknown field '" + words[0] + "' in orderBy for " + schema.resource()));
                FieldType type = catalog.type(path);
                if (!type.scalar()) {
                    throw new QueryException("InvalidField", "orderBy",
                            "Cannot sort by '" + words[0] + "', which is not a single value");
                }
                keys.add(new Key(path, type, descending));
            }
        }
        if (catalog.type("id") != null && keys.stream().noneMatch(k -> k.path().equals("id"))) {
            keys.add(new Key("id", FieldType.NUMBER, false));
        }
        return new OrderBy(List.copyOf(keys));
    }

    /** Sorts by computing each record's sort key once (dates are parsed once, not per comparison). */
    public List<JsonObject> sort(List<JsonObject> records) {
        if (keys.isEmpty()) {
            return records;
        }
        record Row(Comparable<?>[] key, JsonObject record) {
        }
        List<Row> rows = new ArrayList<>(records.size());
        for (JsonObject r : records) {
            Comparable<?>[] key = new Comparable<?>[keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                key[i] = sortValue(Jsons.at(r, keys.get(i).path()), keys.get(i).type());
            }
            rows.add(new Row(key, r));
        }
        rows.sort((a, b) -> {
            for (int i = 0; i < keys.size(); i++) {
                int c = compareNullsFirst(a.key()[i], b.key()[i]);
                if (c != 0) {
                    return keys.get(i).descending() ? -c : c;
                }
            }
            return 0;
        });
        List<JsonObject> sorted = new ArrayList<>(rows.size());
        rows.forEach(row -> sorted.add(row.record()));
        return sorted;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareNullsFirst(Comparable a, Comparable b) {
        if (a == null || b == null) {
            return a == b ? 0 : (a == null ? -1 : 1);
        }
        if (a.getClass() != b.getClass()) {
            return a.getClass().getName().compareTo(b.getClass().getName());
        }
        return a.compareTo(b);
    }

    private static Comparable<?> sortValue(JsonValue v, FieldType type) {
        if (type == FieldType.BOOLEAN && (v == null || v.getValueType() == JsonValue.ValueType.NULL)) {
            return Boolean.FALSE;
        }
        if (v == null) {
            return null;
        }
        switch (v.getValueType()) {
            case STRING: {
                String s = ((JsonString) v).getString();
                if (type == FieldType.DATETIME) {
                    Instant instant = ConditionCompiler.instant(s);
                    if (instant != null) {
                        return instant;
                    }
                }
                return new CaseInsensitive(s);
            }
            case NUMBER:
                return ((JsonNumber) v).bigDecimalValue();
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    private record CaseInsensitive(String value) implements Comparable<CaseInsensitive> {
        @Override
        public int compareTo(CaseInsensitive o) {
            int c = String.CASE_INSENSITIVE_ORDER.compare(value, o.value);
            return c != 0 ? c : value.compareTo(o.value);
        }
    }
}
