package dev.portico.portal.page;

import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.PsaCapabilities;
import dev.portico.psa.Sort;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy table over a PSA list, one {@link ListSource} call per page, holding only the page shown. It offers what
 * the PSA's {@link PsaCapabilities} allow: a column sorts only when the PSA sorts that field on the server, and
 * with {@link PsaCapabilities.Paging#CURSOR cursor paging} the table moves only to pages it holds a cursor for
 * (previous and next), while {@link PsaCapabilities.Paging#PAGE_JUMP page jumps} offer every page number.
 * Tampered paging values (a negative first row, a huge page) are clamped, never passed on. The total arrives with
 * the page, so {@link #count} answers 0 and {@link #load} sets the row count (PrimeFaces' single-call variant).
 */
public class PagedListModel<T, F extends Enum<F>> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;
    /** The largest page the model fetches, whatever the request says. */
    public static final int MAX_ROWS = 100;
    static final String JUMP_TEMPLATE = "{CurrentPageReport} {FirstPageLink} {PreviousPageLink} {PageLinks} "
            + "{NextPageLink} {LastPageLink} {RowsPerPageDropdown}";
    static final String CURSOR_TEMPLATE = "{PreviousPageLink} {NextPageLink} {RowsPerPageDropdown}";

    /** The key PrimeFaces selects a row by; it must not contain a comma. */
    @FunctionalInterface
    public interface RowKey<T> extends Serializable {
        String of(T row);
    }

    private final ListSource<T, F> source;
    private final RowKey<T> rowKey;
    private final Map<String, F> sortKeys;
    private final PsaCapabilities capabilities;
    private Sort<F> fallbackSort;
    private Sort<F> lastSort;
    private int shownFirst;
    /** Marks a page reached by number because its source gave no cursor (see {@link #load}). */
    private static final String BY_NUMBER = new String("by-number");
    private final ArrayList<String> cursors = new ArrayList<>();
    private List<Object> cursorsFor;

    /**
     * @param sortKeys     the column keys (the columns' {@code field}) that name a sort field; only those the PSA
     *                     sorts on the server are offered
     * @param defaultSort  the sort when the table has none (and the Summary View's sort control)
     * @param capabilities the PSA's (every adapter declares them): which keys sort, and page jumps or a cursor
     */
    public PagedListModel(ListSource<T, F> source, RowKey<T> rowKey, Map<String, F> sortKeys, Sort<F> defaultSort,
            PsaCapabilities capabilities) {
        this.source = Objects.requireNonNull(source);
        this.rowKey = Objects.requireNonNull(rowKey);
        this.sortKeys = new LinkedHashMap<>(sortKeys);
        this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
        this.fallbackSort = Objects.requireNonNull(defaultSort);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return 0;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, MAX_ROWS));
        int index = Math.max(0, first) / size;
        lastSort = sort(sortBy);
        Map<String, Object> filters = filters(filterBy);
        String cursor = null;
        if (isPageJumps()) {
            if (getRowCount() > 0 && index * (long) size >= getRowCount()) {
                index = (getRowCount() - 1) / size;
            }
        } else {
            List<Object> key = List.of(lastSort, filters, size);
            if (!key.equals(cursorsFor)) {
                cursors.clear();
                cursors.add(null);
                cursorsFor = key;
            }
            index = Math.min(index, cursors.size() - 1);
            cursor = BY_NUMBER.equals(cursors.get(index)) ? null : cursors.get(index);
        }
        ListChunk<T> chunk = source.fetch(new ListRequest<>(new PageRequest(index, size), cursor, lastSort, filters));
        Page<T> page = chunk.page();
        shownFirst = index * size;
        long rows = page.total();
        if (!isPageJumps()) {
            long shownEnd = shownFirst + page.items().size();
            String next = chunk.next();
            if (next == null && page.total() > shownEnd) {
                // no cursor, yet more rows: the source pages by number itself (an adapter that keeps its PSA's
                // cursors behind PageRequest), so the next page is reached by its number
                next = BY_NUMBER;
            }
            remember(index + 1, next);
            rows = next == null ? shownEnd : Math.max(rows, shownEnd + 1L);
        }
        setRowCount((int) Math.min(Integer.MAX_VALUE, rows));
        return page.items();
    }

    private void remember(int index, String cursor) {
        if (cursor == null) {
            return;
        }
        if (index < cursors.size()) {
            cursors.set(index, cursor);
        } else {
            cursors.add(cursor);
        }
    }

    /** The table's sort if it names a column the PSA sorts, else the list's own. */
    public Sort<F> sort(Map<String, SortMeta> sortBy) {
        if (sortBy != null) {
            for (SortMeta meta : sortBy.values()) {
                if (meta.getOrder() == null || meta.getOrder() == SortOrder.UNSORTED || !isSortable(meta.getField())) {
                    continue;
                }
                return new Sort<>(sortKeys.get(meta.getField()), meta.getOrder().isAscending());
            }
        }
        return fallbackSort;
    }

    private static Map<String, Object> filters(Map<String, FilterMeta> filterBy) {
        Map<String, Object> filters = new LinkedHashMap<>();
        if (filterBy != null) {
            filterBy.forEach((key, meta) -> {
                Object value = meta.getFilterValue();
                if (value != null && !(value instanceof String text && text.isBlank())) {
                    filters.put(key, value);
                }
            });
        }
        return filters;
    }

    /** Whether the column of this key may offer sorting: it names a sort field that the PSA sorts. */
    public boolean isSortable(String key) {
        F field = key == null ? null : sortKeys.get(key);
        return field != null && capabilities.sorts(field);
    }

    /** True when any page can be opened by number; false with cursor paging (previous and next only). */
    public boolean isPageJumps() {
        return capabilities.pageJumps();
    }

    /** The paginator's template for this PSA's paging. */
    public String getPaginatorTemplate() {
        return isPageJumps() ? JUMP_TEMPLATE : CURSOR_TEMPLATE;
    }

    /** The sort of the rows last shown (for an export), the list's own before the first load. */
    public Sort<F> currentSort() {
        return lastSort == null ? fallbackSort : lastSort;
    }

    public Sort<F> getFallbackSort() {
        return fallbackSort;
    }

    /** Changes the list's own sort; a field the PSA does not sort is ignored. */
    public void setFallbackSort(Sort<F> sort) {
        if (capabilities.sorts(sort.field())) {
            this.fallbackSort = sort;
        }
    }

    /** The first row of the page last shown, after clamping. */
    public int shownFirst() {
        return shownFirst;
    }

    @Override
    public String getRowKey(T row) {
        return rowKey.of(row);
    }

    /** Looks in the current page only: no PSA call. */
    @Override
    public T getRowData(String key) {
        List<T> current = getWrappedData();
        return current == null ? null
                : current.stream().filter(row -> key.equals(rowKey.of(row))).findFirst().orElse(null);
    }
}
