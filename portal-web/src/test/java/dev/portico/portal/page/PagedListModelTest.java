package dev.portico.portal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.PsaCapabilities;
import dev.portico.psa.PsaCapabilities.DocumentFormat;
import dev.portico.psa.PsaCapabilities.Paging;
import dev.portico.psa.Sort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class PagedListModelTest {

    enum Field { NAME, SIZE, COLOUR }

    private static final Map<String, Field> KEYS = Map.of("name", Field.NAME, "size", Field.SIZE, "colour",
            Field.COLOUR);

    /** 95 rows "row 0".."row 94"; with cursors, the cursor of page n+1 is "c" + (n+1). */
    private static final class Rows implements ListSource<String, Field> {
        final List<ListRequest<Field>> requests = new ArrayList<>();
        final boolean cursors;

        Rows(boolean cursors) {
            this.cursors = cursors;
        }

        @Override
        public ListChunk<String> fetch(ListRequest<Field> request) {
            requests.add(request);
            int page = cursors && request.cursor() != null ? Integer.parseInt(request.cursor().substring(1))
                    : request.page().page();
            int from = page * request.page().size();
            List<String> items = IntStream.range(from, Math.min(95, from + request.page().size()))
                    .mapToObj(i -> "row " + i).toList();
            String next = cursors && from + items.size() < 95 ? "c" + (page + 1) : null;
            return new ListChunk<>(new Page<>(items, 95), next);
        }
    }

    private static final PsaCapabilities ALL = capabilities(Paging.PAGE_JUMP, Field.values());

    private static PsaCapabilities capabilities(Paging paging, Enum<?>... sorted) {
        return new PsaCapabilities(false, false, false, Set.of(sorted), paging, false, DocumentFormat.NONE, 1, 1);
    }

    private static PagedListModel<String, Field> model(Rows rows, PsaCapabilities capabilities) {
        return new PagedListModel<>(rows, row -> row, KEYS, Sort.asc(Field.NAME), capabilities);
    }

    private static Map<String, SortMeta> sortBy(String field, SortOrder order) {
        Map<String, SortMeta> sort = new LinkedHashMap<>();
        sort.put(field, SortMeta.builder().field(field).order(order).build());
        return sort;
    }

    @Test
    void withPageJumpsEachLoadIsThePageByNumberWithTheTotal() {
        Rows rows = new Rows(false);
        PagedListModel<String, Field> model = model(rows, capabilities(Paging.PAGE_JUMP, Field.NAME));

        List<String> third = model.load(40, 20, Map.of(), Map.of());

        assertEquals(new PageRequest(2, 20), rows.requests.get(0).page());
        assertNull(rows.requests.get(0).cursor());
        assertEquals("row 40", third.get(0));
        assertEquals(95, model.getRowCount());
        assertEquals(0, model.count(Map.of()), "the total comes with the page");
        assertTrue(model.isPageJumps());
        assertTrue(model.getPaginatorTemplate().contains("{PageLinks}"));
    }

    @Test
    void onlyFieldsThePsaSortsOnTheServerAreSortable() {
        Rows rows = new Rows(false);
        PagedListModel<String, Field> model = model(rows, capabilities(Paging.PAGE_JUMP, Field.NAME, Field.SIZE));

        assertTrue(model.isSortable("size"));
        assertFalse(model.isSortable("colour"), "a field the PSA cannot sort is not offered");
        assertFalse(model.isSortable("weight"), "an unknown key");
        model.load(0, 20, sortBy("size", SortOrder.DESCENDING), Map.of());
        model.load(0, 20, sortBy("colour", SortOrder.ASCENDING), Map.of());
        model.load(0, 20, sortBy("size", SortOrder.UNSORTED), Map.of());

        assertEquals(Sort.desc(Field.SIZE), rows.requests.get(0).sort());
        assertEquals(Sort.asc(Field.NAME), rows.requests.get(1).sort(), "the list's own sort instead");
        assertEquals(Sort.asc(Field.NAME), rows.requests.get(2).sort());
    }

    @Test
    void theListsOwnSortCannotBeSetToAFieldThePsaDoesNotSort() {
        PagedListModel<String, Field> model = model(new Rows(false), capabilities(Paging.PAGE_JUMP, Field.NAME));

        model.setFallbackSort(Sort.desc(Field.COLOUR));
        assertEquals(Sort.asc(Field.NAME), model.getFallbackSort());
        model.setFallbackSort(Sort.desc(Field.NAME));
        assertEquals(Sort.desc(Field.NAME), model.currentSort());
    }

    @Test
    void capabilitiesAreRequired() {
        assertThrows(NullPointerException.class, () -> model(new Rows(false), null));
    }

    @Test
    void tamperedPagingValuesAreClampedNotPassedOn() {
        Rows rows = new Rows(false);
        PagedListModel<String, Field> model = model(rows, capabilities(Paging.PAGE_JUMP, Field.NAME));

        model.load(-50, 1_000_000, Map.of(), Map.of());
        model.load(0, 0, Map.of(), Map.of());
        model.load(5_000, 20, Map.of(), Map.of());

        assertEquals(new PageRequest(0, PagedListModel.MAX_ROWS), rows.requests.get(0).page());
        assertEquals(new PageRequest(0, 1), rows.requests.get(1).page());
        assertEquals(new PageRequest(4, 20), rows.requests.get(2).page(), "past the end: the last page");
        assertEquals(80, model.shownFirst());
    }

    @Test
    void withCursorsThePagerMovesOnlyToPagesItHasACursorFor() {
        Rows rows = new Rows(true);
        PagedListModel<String, Field> model = model(rows, capabilities(Paging.CURSOR, Field.NAME));

        assertFalse(model.isPageJumps());
        assertFalse(model.getPaginatorTemplate().contains("{PageLinks}"));
        model.load(0, 20, Map.of(), Map.of());
        model.load(20, 20, Map.of(), Map.of());
        List<String> jumped = model.load(80, 20, Map.of(), Map.of());
        int jumpedFirst = model.shownFirst();
        List<String> back = model.load(20, 20, Map.of(), Map.of());

        assertEquals(List.of("null", "c1", "c2", "c1"),
                rows.requests.stream().map(r -> String.valueOf(r.cursor())).toList());
        assertEquals("row 40", jumped.get(0), "a jump ahead stops at the furthest page with a cursor");
        assertEquals(40, jumpedFirst);
        assertEquals("row 20", back.get(0));
    }

    @Test
    void withCursorsANewSortOrFilterStartsAgainFromTheFirstPage() {
        Rows rows = new Rows(true);
        PagedListModel<String, Field> model = model(rows, capabilities(Paging.CURSOR, Field.NAME, Field.SIZE));
        model.load(0, 20, Map.of(), Map.of());
        model.load(20, 20, Map.of(), Map.of());

        model.load(20, 20, sortBy("size", SortOrder.ASCENDING), Map.of());
        model.load(0, 20, sortBy("size", SortOrder.ASCENDING), Map.of());
        model.load(20, 20, sortBy("size", SortOrder.ASCENDING),
                Map.of("name", FilterMeta.builder().field("name").filterValue("row").build()));

        assertNull(rows.requests.get(2).cursor());
        assertNull(rows.requests.get(3).cursor());
        assertNull(rows.requests.get(4).cursor());
        assertEquals(Map.of("name", "row"), rows.requests.get(4).filters());
    }

    @Test
    void withCursorsTheRowCountKeepsNextOpenUntilTheLastPage() {
        Rows rows = new Rows(true);
        PagedListModel<String, Field> model = model(rows, capabilities(Paging.CURSOR, Field.NAME));

        model.load(0, 50, Map.of(), Map.of());
        assertTrue(model.getRowCount() > 50);
        model.load(50, 50, Map.of(), Map.of());
        assertEquals(95, model.getRowCount());
    }

    @Test
    void withCursorPagingASourceThatPagesByNumberItselfGetsTheTotalAndEveryPage() {
        Rows rows = new Rows(false);
        PagedListModel<String, Field> model = model(rows, capabilities(Paging.CURSOR, Field.NAME));

        model.load(0, 20, Map.of(), Map.of());
        assertEquals(95, model.getRowCount(), "the page's total, not the rows shown");
        List<String> second = model.load(20, 20, Map.of(), Map.of());
        List<String> last = model.load(80, 20, Map.of(), Map.of());

        assertEquals("row 20", second.get(0));
        assertEquals("row 40", last.get(0), "still no jump past the pages reached");
        assertEquals(List.of(0, 1, 2), rows.requests.stream().map(r -> r.page().page()).toList());
        assertTrue(rows.requests.stream().allMatch(r -> r.cursor() == null));
    }

    @Test
    void blankColumnFiltersAreLeftOut() {
        Rows rows = new Rows(false);
        model(rows, ALL).load(0, 20, Map.of(), Map.of(
                "name", FilterMeta.builder().field("name").filterValue(" ").build(),
                "size", FilterMeta.builder().field("size").filterValue("L").build()));

        assertEquals(Map.of("size", "L"), rows.requests.get(0).filters());
    }

    @Test
    void rowsAreFoundInTheCurrentPageOnly() {
        Rows rows = new Rows(false);
        PagedListModel<String, Field> model = model(rows, ALL);
        model.setWrappedData(model.load(0, 20, Map.of(), Map.of()));

        assertEquals("row 3", model.getRowData("row 3"));
        assertNull(model.getRowData("row 30"));
        assertEquals(1, rows.requests.size());
    }
}
