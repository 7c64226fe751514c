package dev.portico.sandbox.query;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * One page of a list answer. {@code nextPageId} is set only in forward-only paging when another page exists.
 */
public record ListResult(List<JsonObject> items, long total, int page, int pageSize, boolean forwardOnly,
                         Integer nextPageId) {

    public ListResult {
        items = List.copyOf(items);
    }

    public int lastPage() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
