package dev.portico.psa.autotask;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * One page of an Autotask query: its items and the cursor to the next page ({@code pageDetails.nextPageUrl}),
 * null on the last page.
 */
public record AtPage(List<JsonObject> items, String nextPageUrl) {

    public AtPage {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return nextPageUrl != null && !nextPageUrl.isBlank();
    }
}
