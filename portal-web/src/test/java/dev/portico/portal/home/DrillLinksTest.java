package dev.portico.portal.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DrillLinksTest {

    private final DrillLinks all = new DrillLinks("/tickets/list.xhtml", "/tickets/ticket.xhtml", "/tickets/new.xhtml",
            null);
    private final DrillLinks warehouse = new DrillLinks("/portal/tickets/list.xhtml", "/portal/tickets/ticket.xhtml",
            "/portal/tickets/new.xhtml", 1002L);

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

    /** The tickets by number as a PSA's adapter would match them: ConnectWise digits and an Autotask number. */
    private final List<String> asked = new ArrayList<>();
    private final SearchTarget.NumberLookup psa = number -> {
        asked.add(number);
        return switch (number) {
            case "10234" -> List.of(10234L);
            case "T20240101.0001" -> List.of(77L);
            case "2024" -> List.of(1L, 2L);
            default -> List.of();
        };
    };

    private Optional<String> search(String input) {
        return SearchTarget.of(input, all, psa);
    }

    @Test
    void theSearchBoxOpensATicketByNumberAndSearchesAnythingElse() {
        assertEquals(Optional.of("/tickets/ticket.xhtml?id=10234"), search(" 10234 "));
        assertEquals(Optional.of("/tickets/ticket.xhtml?id=10234"), search("#10234"));
        assertEquals(Optional.of("/tickets/list.xhtml?view=search&q=printer"), search("printer"));
        assertEquals(Optional.of("/tickets/list.xhtml?view=search&q=10234%20printer"), search("10234 printer"));
        assertEquals(Optional.of("/tickets/list.xhtml?view=search&q=0"), search("0"));
        assertEquals(Optional.empty(), search("   "));
        assertEquals(Optional.empty(), search(null));
        String longText = "x".repeat(300);
        assertTrue(search(longText).orElseThrow().endsWith("q=" + "x".repeat(100)));
        assertEquals(List.of("10234", "10234"), asked, "only number-shaped input is looked up");
    }

    @Test
    void anotherPsasNumberOpensItsTicketAndANumberOfSeveralTicketsTheirList() {
        assertEquals(Optional.of("/tickets/ticket.xhtml?id=77"), search("T20240101.0001"));
        assertEquals(Optional.of("/tickets/list.xhtml?view=search&number=2024"), search("2024"));
        assertEquals(Optional.of("/tickets/list.xhtml?view=search&q=404"), search("404"), "no such ticket: search");
    }

    @Test
    void aPageNobodyContributesHasNoLink() {
        DrillLinks none = new DrillLinks(null, null, null, null);

        assertEquals(null, none.open());
        assertEquals(null, none.ticket(1));
        assertEquals(Optional.empty(), SearchTarget.of("printer", none, psa));
    }
}
