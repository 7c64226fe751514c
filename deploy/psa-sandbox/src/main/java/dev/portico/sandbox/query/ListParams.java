package dev.portico.sandbox.query;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The standard list parameters of every ConnectWise GET list and {@code /count}. Parameter names are matched
 * case-insensitively (ConnectWise runs on ASP.NET, which does the same).
 */
public record ListParams(String conditions, String childConditions, String customFieldConditions, String orderBy,
                         String fields, int page, int pageSize, boolean forwardOnly, int pageId) {

    public static final int DEFAULT_PAGE_SIZE = 25;
    public static final int MAX_PAGE_SIZE = 1000;

    public static ListParams defaults() {
        return new ListParams(null, null, null, null, null, 1, DEFAULT_PAGE_SIZE, false, 0);
    }

    /**
     * Reads the parameters from a query-string map. {@code forwardOnly} comes from the
     * {@code pagination-type: forward-only} request header, which switches paging from {@code page} to {@code pageId}.
     */
    public static ListParams from(Map<String, List<String>> query, boolean forwardOnly) {
        return new ListParams(
                first(query, "conditions"),
                first(query, "childConditions"),
                first(query, "customFieldConditions"),
                first(query, "orderBy"),
                first(query, "fields"),
                number(query, "page", 1, 1, Integer.MAX_VALUE),
                number(query, "pageSize", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE),
                forwardOnly,
                number(query, "pageId", 0, 0, Integer.MAX_VALUE));
    }

    /** The same paging with conditions taken from a {@code FilterValues} body ({@code POST .../search}). */
    public ListParams withFilter(String newConditions, String newChildConditions, String newCustomFieldConditions,
                                 String newOrderBy) {
        return new ListParams(newConditions, newChildConditions, newCustomFieldConditions,
                newOrderBy != null ? newOrderBy : orderBy, fields, page, pageSize, forwardOnly, pageId);
    }

    static String first(Map<String, List<String>> query, String name) {
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    private static int number(Map<String, List<String>> query, String name, int fallback, int min, int max) {
        String raw = first(query, name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new QueryException("InvalidValue", name, name + " must be a whole number, not '" + raw + "'");
        }
        if (value < min || value > max) {
            String range = max == Integer.MAX_VALUE ? "at least " + min : "between " + min + " and " + max;
            throw new QueryException("InvalidValue", name, name + " must be " + range + ", not " + value);
        }
        return value;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ListParams[page=%d, pageSize=%d, conditions=%s]", page, pageSize, conditions);
    }
}
