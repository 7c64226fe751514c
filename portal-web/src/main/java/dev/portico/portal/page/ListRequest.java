package dev.portico.portal.page;

import dev.portico.psa.PageRequest;
import dev.portico.psa.Sort;
import java.util.Map;

/**
 * What a {@link PagedListModel} asks its {@link ListSource} for: one page, already clamped to sane values.
 *
 * @param page    the page by number and size; with cursor paging its number is informative only
 * @param cursor  the cursor the previous page returned, or null for the first page (always null with page jumps)
 * @param sort    the sort, always one the PSA does on the server
 * @param filters the table's column filter values by column key (blank ones left out)
 */
public record ListRequest<F extends Enum<F>>(PageRequest page, String cursor, Sort<F> sort,
        Map<String, Object> filters) {

    public ListRequest {
        filters = Map.copyOf(filters);
    }
}
