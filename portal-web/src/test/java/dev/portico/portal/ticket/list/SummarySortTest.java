package dev.portico.portal.ticket.list;

import dev.portico.portal.ticket.TicketView;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.portal.page.ListChunk;
import dev.portico.portal.page.PagedListModel;
import dev.portico.psa.PsaCapabilities;
import dev.portico.psa.PsaCapabilities.DocumentFormat;
import dev.portico.psa.PsaCapabilities.Paging;
import dev.portico.psa.Sort;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketSortField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SummarySortTest {

    private static PagedListModel<Ticket, TicketSortField> model(PsaCapabilities capabilities) {
        return new PagedListModel<>(request -> ListChunk.empty(), t -> String.valueOf(t.id()),
                TicketSource.sortKeys(), TicketSource.defaultSort(TicketView.OPEN), capabilities);
    }

    @Test
    void offersOnlyTheColumnsThePsaSortsOnTheServer() {
        PsaCapabilities some = new PsaCapabilities(false, false, false,
                Set.of(TicketSortField.NUMBER, TicketSortField.CREATED), Paging.CURSOR, false, DocumentFormat.NONE, 1,
                1);
        SummarySort sort = new SummarySort(model(some));

        assertEquals(List.of(TicketColumn.NUMBER, TicketColumn.CREATED), sort.getColumns());
        sort.setKey("summary");
        assertEquals("number", sort.getKey(), "a column the PSA cannot sort is not taken");
        sort.setKey("created");
        sort.setAscending(true);
        assertEquals("created", sort.getKey());
        assertTrue(sort.isAscending());
    }

    @Test
    void withEveryFieldSortedEverySortableColumnIsOffered() {
        PagedListModel<Ticket, TicketSortField> model = model(new PsaCapabilities(false, false, false,
                Set.copyOf(List.of(TicketSortField.values())), Paging.PAGE_JUMP, false, DocumentFormat.NONE, 1, 1));
        SummarySort sort = new SummarySort(model);

        assertEquals(List.of(TicketColumn.values()).stream().filter(TicketColumn::isSortable).toList(),
                sort.getColumns());
        assertFalse(sort.isAscending(), "newest first");
        sort.setKey("priority");
        assertEquals(Sort.desc(TicketSortField.PRIORITY), model.getFallbackSort());
    }
}
