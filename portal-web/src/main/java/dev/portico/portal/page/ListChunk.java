package dev.portico.portal.page;

import dev.portico.psa.Page;
import java.util.Objects;

/**
 * One page as a {@link ListSource} answers it.
 *
 * @param page the rows and the total (the total may be an estimate with cursor paging)
 * @param next the cursor of the following page, or null when this is the last one (or with page jumps)
 */
public record ListChunk<T>(Page<T> page, String next) {

    public ListChunk {
        Objects.requireNonNull(page, "page");
    }

    /** A page of a PSA that jumps to any page by number. */
    public static <T> ListChunk<T> of(Page<T> page) {
        return new ListChunk<>(page, null);
    }

    public static <T> ListChunk<T> empty() {
        return new ListChunk<>(Page.empty(), null);
    }
}
