package dev.portico.sandbox.query;

import dev.portico.sandbox.store.Jsons;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/** The list behaviour shared by every collection: filter, sort, page, project. Pure functions of their inputs. */
public final class ListEngine {

    private ListEngine() {
    }

    public static ListResult list(Collection<JsonObject> records, QuerySchema schema, ListParams params) {
        Predicate<JsonObject> filter = filter(schema, params);
        Projection projection = Projection.parse(params.fields());
        List<JsonObject> matching = new ArrayList<>();
        for (JsonObject r : records) {
            if (filter.test(r)) {
                matching.add(r);
            }
        }
        if (params.forwardOnly()) {
            return forwardOnly(matching, params, projection);
        }
        List<JsonObject> sorted = OrderBy.parse(params.orderBy(), schema).sort(matching);
        long from = (long) (params.page() - 1) * params.pageSize();
        List<JsonObject> page = new ArrayList<>();
        for (long i = from; i < sorted.size() && i < from + params.pageSize(); i++) {
            JsonObject r = sorted.get((int) i);
            page.add(projection == null ? r : projection.apply(r));
        }
        return new ListResult(page, sorted.size(), params.page(), params.pageSize(), false, null);
    }

    /** ConnectWise's forward-only paging: {@code pageId} acts as {@code id > pageId}, ordered by id. */
    private static ListResult forwardOnly(List<JsonObject> matching, ListParams params, Projection projection) {
        List<JsonObject> after = new ArrayList<>();
        for (JsonObject r : matching) {
            Integer id = Jsons.integer(r, "id");
            if (id != null && id > params.pageId()) {
                after.add(r);
            }
        }
        after.sort((a, b) -> Integer.compare(Jsons.integer(a, "id"), Jsons.integer(b, "id")));
        List<JsonObject> page = new ArrayList<>();
        for (int i = 0; i < after.size() && i < params.pageSize(); i++) {
            page.add(projection == null ? after.get(i) : projection.apply(after.get(i)));
        }
        Integer next = after.size() > params.pageSize() ? Jsons.integer(after.get(params.pageSize() - 1), "id") : null;
        return new ListResult(page, matching.size(), 1, params.pageSize(), true, next);
    }

    public static long count(Collection<JsonObject> records, QuerySchema schema, ListParams params) {
        Predicate<JsonObject> filter = filter(schema, params);
        long n = 0;
        for (JsonObject r : records) {
            if (filter.test(r)) {
                n++;
            }
        }
        return n;
    }

    static Predicate<JsonObject> filter(QuerySchema schema, ListParams params) {
        Predicate<JsonObject> filter = r -> true;
        if (params.conditions() != null && !params.conditions().isBlank()) {
            filter = filter.and(ConditionCompiler.conditions(params.conditions(), schema));
        }
        if (params.childConditions() != null && !params.childConditions().isBlank()) {
            filter = filter.and(ConditionCompiler.childConditions(params.childConditions(), schema));
        }
        if (params.customFieldConditions() != null && !params.customFieldConditions().isBlank()) {
            filter = filter.and(ConditionCompiler.customFieldConditions(params.customFieldConditions(), schema));
        }
        return filter;
    }
}
