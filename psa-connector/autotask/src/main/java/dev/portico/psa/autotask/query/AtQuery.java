package dev.portico.psa.autotask.query;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Objects;

/**
 * An Autotask {@code QueryModel}: the filter, the page size ({@code maxRecords}, 1..500) and an optional projection
 * ({@code includeFields}, which always keeps {@code id}: Autotask needs it to page past 500 records).
 */
public record AtQuery(AtFilter filter, int maxRecords, List<String> includeFields) {

    /** Autotask's largest page. */
    public static final int MAX_RECORDS = 500;

    public AtQuery {
        Objects.requireNonNull(filter, "filter");
        if (maxRecords < 1 || maxRecords > MAX_RECORDS) {
            throw new IllegalArgumentException("maxRecords must be within 1.." + MAX_RECORDS);
        }
        includeFields = includeFields == null ? List.of() : List.copyOf(includeFields);
        if (!includeFields.isEmpty() && !includeFields.contains("id")) {
            throw new IllegalArgumentException("A projection must include id");
        }
    }

    public static AtQuery of(AtFilter filter, int maxRecords) {
        return new AtQuery(filter, maxRecords, List.of());
    }

    public AtEntity entity() {
        return filter.entity();
    }

    /** The same filter and projection with another page size. */
    public AtQuery withMaxRecords(int size) {
        return new AtQuery(filter, size, includeFields);
    }

    /** The JSON body of {@code POST /{Entity}/query}, {@code /query/count} and the cursor's next page. */
    public JsonObject body() {
        JsonObjectBuilder body = Json.createObjectBuilder().add("maxRecords", maxRecords);
        if (!includeFields.isEmpty()) {
            JsonArrayBuilder fields = Json.createArrayBuilder();
            includeFields.forEach(fields::add);
            body.add("includeFields", fields);
        }
        return body.add("filter", filter.isEmpty()
                ? AtFilter.on(filter.entity()).where("id", AtOp.EXIST).toJson()
                : filter.toJson()).build();
    }

    /** The body of {@code /query/count}: the filter alone. */
    public JsonObject countBody() {
        JsonObject full = body();
        return Json.createObjectBuilder().add("filter", full.get("filter")).build();
    }
}
