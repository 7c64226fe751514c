package dev.portico.psa;

import java.io.Serializable;
import java.util.List;

/** One page of a PSA list query together with the total number of matching records. */
public record Page<T>(List<T> items, long total) implements Serializable {

    public Page {
        items = List.copyOf(items);
        if (total < items.size()) {
            throw new IllegalArgumentException("total " + total + " is less than the page size " + items.size());
        }
    }

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), 0);
    }
}
