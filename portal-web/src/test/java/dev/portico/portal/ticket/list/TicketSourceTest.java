package dev.portico.portal.ticket.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.portal.page.PagedListModel;
import dev.portico.portal.ticket.FakeTicketGateway;
import dev.portico.portal.ticket.TicketView;
import dev.portico.psa.PageRequest;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaCapabilities;
import dev.portico.psa.PsaCapabilities.DocumentFormat;
import dev.portico.psa.PsaCapabilities.Paging;
import dev.portico.psa.PsaScope;
import dev.portico.psa.Sort;
import dev.portico.psa.ticket.OpenState;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketSortField;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The ticket list's rows through the page kit's model, as the list page builds them. */
class TicketSourceTest {

    private static final PsaScope SCOPE = new PsaScope(250, 802, Set.of(Permission.VIEW_COMPANY_TICKETS));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T10:00:00Z"), ZoneId.of("UTC"));

    /** A PSA that sorts every field and jumps to any page. */
    private static final PsaCapabilities EVERYTHING = new PsaCapabilities(false, false, false,
            Set.copyOf(List.of(TicketSortField.values())), Paging.PAGE_JUMP, false, DocumentFormat.NONE, 1, 1);

    private final FakeTicketGateway gateway = new FakeTicketGateway(2_500);

    private TicketSource source;

    private PagedListModel<Ticket, TicketSortField> model(TicketView view) {
        source = new TicketSource(gateway, SCOPE, new TicketFilter(view), CLOCK);
        return source.model(EVERYTHING);
    }

    private static Map<String, SortMeta> sortBy(String field, SortOrder order) {
        Map<String, SortMeta> sort = new LinkedHashMap<>();
        sort.put(field, SortMeta.builder().field(field).order(order).build());
        return sort;
    }

    @Test
    void eachLoadIsOnePsaPageAndSetsTheTotal() {
        PagedListModel<Ticket, TicketSortField> model = model(TicketView.OPEN);

        List<Ticket> third = model.load(50, 25, Map.of(), Map.of());

        assertEquals(1, gateway.searches.size());
        assertEquals(new PageRequest(2, 25), gateway.searches.get(0).page());
        assertEquals(2_500, model.getRowCount());
        assertEquals(25, third.size());
        assertEquals(10_050L, third.get(0).id());
        assertEquals(0, model.count(Map.of()), "the total comes with the page");
    }

    @Test
    void theScopeAndTheViewGoToTheGateway() {
        model(TicketView.OPEN).load(0, 25, Map.of(), Map.of());

        FakeTicketGateway.Search search = gateway.searches.get(0);
        assertEquals(SCOPE, search.scope());
        assertEquals(OpenState.OPEN, search.query().openState());
    }

    @Test
    void withoutASortTheNewestComeFirstAndRecentlyCompletedByCompletion() {
        model(TicketView.OPEN).load(0, 25, Map.of(), Map.of());
        model(TicketView.COMPLETED).load(0, 25, Map.of(), Map.of());

        assertEquals(Sort.desc(TicketSortField.NUMBER), gateway.searches.get(0).sort());
        assertEquals(Sort.desc(TicketSortField.COMPLETED), gateway.searches.get(1).sort());
    }

    @Test
    void aColumnSortIsMappedAscendingAndDescending() {
        PagedListModel<Ticket, TicketSortField> model = model(TicketView.OPEN);

        model.load(0, 25, sortBy("summary", SortOrder.ASCENDING), Map.of());
        model.load(0, 25, sortBy("requestType", SortOrder.DESCENDING), Map.of());
        model.load(0, 25, sortBy("updated", SortOrder.ASCENDING), Map.of());

        assertEquals(Sort.asc(TicketSortField.SUMMARY), gateway.searches.get(0).sort());
        assertEquals(Sort.desc(TicketSortField.REQUEST_TYPE), gateway.searches.get(1).sort());
        assertEquals(Sort.asc(TicketSortField.UPDATED), gateway.searches.get(2).sort());
        assertEquals(Sort.asc(TicketSortField.UPDATED), model.currentSort());
    }

    @Test
    void unknownUnsortableAndUnsortedColumnsFallBackToTheListsSort() {
        PagedListModel<Ticket, TicketSortField> model = model(TicketView.OPEN);
        model.setFallbackSort(Sort.asc(TicketSortField.PRIORITY));

        model.load(0, 25, sortBy("poNumber", SortOrder.ASCENDING), Map.of());
        model.load(0, 25, sortBy("company/id", SortOrder.ASCENDING), Map.of());
        model.load(0, 25, sortBy("summary", SortOrder.UNSORTED), Map.of());

        gateway.searches.forEach(search -> assertEquals(Sort.asc(TicketSortField.PRIORITY), search.sort()));
    }

    @Test
    void theLastPageIsShort() {
        PagedListModel<Ticket, TicketSortField> model = model(TicketView.OPEN);

        List<Ticket> last = model.load(2_490, 30, Map.of(), Map.of());

        assertEquals(new PageRequest(83, 30), gateway.searches.get(0).page());
        assertEquals(10, last.size());
        assertEquals(2_500, model.getRowCount());
    }

    @Test
    void aFilterThatCannotMatchSkipsThePsa() {
        PagedListModel<Ticket, TicketSortField> model = model(TicketView.OPEN);
        source.setMatchesNothing(true);

        List<Ticket> rows = model.load(0, 25, Map.of(), Map.of());

        assertTrue(rows.isEmpty());
        assertEquals(0, model.getRowCount());
        assertTrue(gateway.searches.isEmpty());
    }

    @Test
    void columnFiltersOfTheTableAreIgnoredByLoadTheyArriveThroughTheFilter() {
        PagedListModel<Ticket, TicketSortField> model = model(TicketView.OPEN);
        Map<String, FilterMeta> filterBy = Map.of("summary",
                FilterMeta.builder().field("summary").filterValue("printer").build());

        model.load(0, 25, Map.of(), filterBy);

        assertNull(gateway.searches.get(0).query().text());
    }

    @Test
    void rowsAreFoundInTheCurrentPageOnly() {
        PagedListModel<Ticket, TicketSortField> model = model(TicketView.OPEN);
        model.setWrappedData(model.load(0, 25, Map.of(), Map.of()));

        assertEquals("Ticket 3", model.getRowData("10003").summary());
        assertNull(model.getRowData("10030"));
        assertEquals("10003", model.getRowKey(model.getRowData("10003")));
        assertEquals(1, gateway.searches.size());
    }

    @Test
    void theListOffersOnlyThePsasSortsAndItsCursorPaging() {
        source = new TicketSource(gateway, SCOPE, new TicketFilter(TicketView.OPEN), CLOCK);
        PagedListModel<Ticket, TicketSortField> model = source.model(new PsaCapabilities(false, false, false,
                Set.of(TicketSortField.NUMBER, TicketSortField.CREATED), Paging.CURSOR, false, DocumentFormat.NONE, 1, 1));

        assertTrue(model.isSortable("number"));
        assertTrue(model.isSortable("created"));
        assertFalse(model.isSortable("summary"), "the PSA does not sort summaries on the server");
        assertFalse(model.isSortable("updated"));
        assertFalse(model.isPageJumps());
        assertFalse(model.getPaginatorTemplate().contains("{PageLinks}"), model.getPaginatorTemplate());
        model.load(0, 25, sortBy("summary", SortOrder.ASCENDING), Map.of());
        assertEquals(Sort.desc(TicketSortField.NUMBER), gateway.searches.get(0).sort(), "a forged sort falls back");
    }
}
