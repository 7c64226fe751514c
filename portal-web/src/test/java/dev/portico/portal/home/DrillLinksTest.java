package dev.portico.portal.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DrillLinksTest {

    private final DrillLinks all = new DrillLinks("", null);
    private final DrillLinks warehouse = new DrillLinks("/portal", 1002L);

    @Test
    void eachFigureOpensTheListWithItsFilter() {
        assertEquals("/tickets/list.xhtml?view=open", all.open());
        assertEquals("/tickets/list.xhtml?view=mine", all.mine());
        assertEquals("/tickets/list.xhtml?view=approval", all.waitingMyApproval());
        assertEquals("/tickets/list.xhtml?view=open&waiting=reply", all.awaitingMyReply());
        assertEquals("/tickets/list.xhtml?view=search&created=2026-03", all.createdIn(YearMonth.of(2026, 3)));
        assertEquals("/tickets/list.xhtml?view=search&completed=2025-12", all.completedIn(YearMonth.of(2025, 12)));
        assertEquals("/tickets/list.xhtml?view=search&createdFrom=2026-01-01&createdTo=2026-12-31",
                all.createdIn(Year.of(2026)));
        assertEquals("/tickets/list.xhtml?view=open&type=change-request", all.openOfType("change-request"));
    }

    @Test
    void theChosenSiteAndTheContextPathGoIntoEveryDrillLink() {
        assertEquals("/portal/tickets/list.xhtml?view=open&site=1002", warehouse.open());
        assertEquals("/portal/tickets/list.xhtml?view=open&waiting=reply&site=1002", warehouse.awaitingMyReply());
        assertEquals("/portal/tickets/list.xhtml?view=search&created=2026-11&site=1002",
                warehouse.createdIn(YearMonth.of(2026, 11)));
        assertEquals("/portal/tickets/new.xhtml?site=1002", warehouse.newTicket());
    }

    @Test
    void aSliceOfNoConfiguredTypeOpensAllOpenTickets() {
        assertEquals(all.open(), all.openOfType(null));
    }

    @Test
    void searchTextIsEncodedAndNotNarrowedToTheSite() {
        assertEquals("/portal/tickets/list.xhtml?view=search&q=printer%20%26%20%22toner%22%2B",
                warehouse.search("printer & \"toner\"+"));
    }

    @Test
    void theSearchBoxOpensATicketByNumberAndSearchesAnythingElse() {
        assertEquals(Optional.of("/tickets/ticket.xhtml?id=10234"), SearchTarget.of(" 10234 ", all));
        assertEquals(Optional.of("/tickets/ticket.xhtml?id=10234"), SearchTarget.of("#10234", all));
        assertEquals(Optional.of("/tickets/list.xhtml?view=search&q=printer"), SearchTarget.of("printer", all));
        assertEquals(Optional.of("/tickets/list.xhtml?view=search&q=10234%20printer"), SearchTarget.of("10234 printer", all));
        assertEquals(Optional.of("/tickets/list.xhtml?view=search&q=0"), SearchTarget.of("0", all));
        assertEquals(Optional.empty(), SearchTarget.of("   ", all));
        assertEquals(Optional.empty(), SearchTarget.of(null, all));
        String longText = "x".repeat(300);
        assertTrue(SearchTarget.of(longText, all).orElseThrow().endsWith("q=" + "x".repeat(100)));
    }
}
