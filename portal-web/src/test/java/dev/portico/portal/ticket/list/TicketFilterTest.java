package dev.portico.portal.ticket.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.portal.ticket.TicketView;
import dev.portico.psa.DateRange;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaScope;
import dev.portico.psa.ticket.OpenState;
import dev.portico.psa.ticket.TicketQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketFilterTest {

    private static final PsaScope SCOPE = new PsaScope(250, 801, EnumSet.allOf(Permission.class));
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    private static TicketQuery query(TicketFilter filter) {
        return filter.toQuery(SCOPE, ZONE, TODAY).orElseThrow();
    }

    @Test
    void myTicketsAreMyOpenTicketsWhateverContactTheUrlNames() {
        TicketFilter filter = new TicketFilter(TicketView.MINE);
        filter.setContact("805");

        TicketQuery query = query(filter);

        assertEquals(OpenState.OPEN, query.openState());
        assertEquals(801L, query.contactId());
        assertFalse(filter.toParams().containsKey("contact"));
    }

    @Test
    void openTicketsAreTheCompanysOpenTickets() {
        TicketQuery query = query(new TicketFilter(TicketView.OPEN));

        assertEquals(OpenState.OPEN, query.openState());
        assertNull(query.contactId());
        assertFalse(query.waitingForMyApproval());
    }

    @Test
    void recentlyCompletedMeansClosedInTheLastSevenDaysOfTheUsersCalendar() {
        TicketQuery query = query(new TicketFilter(TicketView.COMPLETED));

        assertEquals(OpenState.CLOSED, query.openState());
        assertEquals(Instant.parse("2025-06-07T23:00:00Z"), query.completed().from());
        assertNull(query.completed().until());
    }

    @Test
    void aCompletedRangeNarrowsRecentlyCompletedOrMatchesNothing() {
        TicketFilter inside = new TicketFilter(TicketView.COMPLETED);
        inside.setCompletedTo(LocalDate.of(2025, 6, 10));
        TicketFilter outside = new TicketFilter(TicketView.COMPLETED);
        outside.setCompletedTo(LocalDate.of(2025, 5, 1));

        DateRange narrowed = query(inside).completed();

        assertEquals(Instant.parse("2025-06-07T23:00:00Z"), narrowed.from());
        assertEquals(Instant.parse("2025-06-10T23:00:00Z"), narrowed.until());
        assertEquals(Optional.empty(), outside.toQuery(SCOPE, ZONE, TODAY));
    }

    @Test
    void waitingMyApprovalAsksForTheConfiguredStatusesWithMeAsContact() {
        TicketQuery query = query(new TicketFilter(TicketView.APPROVAL));

        assertTrue(query.waitingForMyApproval());
        assertEquals(OpenState.ANY, query.openState());
    }

    @Test
    void anExplicitStatusOverridesTheViewsOwn() {
        TicketFilter filter = new TicketFilter(TicketView.MINE);
        filter.setStatus(StatusChoice.CLOSED);

        assertEquals(OpenState.CLOSED, query(filter).openState());
    }

    @Test
    void everyCriterionReachesTheQuery() {
        TicketFilter filter = new TicketFilter(TicketView.SEARCH);
        filter.setText("printer");
        filter.setNumber("#10234");
        filter.setStatusId(14L);
        filter.setContact("805");
        filter.setSiteId(1002L);
        filter.setType("query");
        filter.setPriorityId(33L);
        filter.setCreatedFrom(LocalDate.of(2025, 1, 1));
        filter.setCreatedTo(LocalDate.of(2025, 1, 31));
        filter.setDueFrom(LocalDate.of(2025, 2, 1));
        filter.setWaitingReply(true);

        TicketQuery query = query(filter);

        assertEquals("printer", query.text());
        assertEquals("10234", query.ticketNumber());
        assertEquals(OpenState.ANY, query.openState());
        assertEquals(Set.of(14L), query.statusIds());
        assertEquals(805L, query.contactId());
        assertEquals(1002L, query.siteId());
        assertEquals(Set.of("query"), query.requestTypes());
        assertEquals(Set.of(33L), query.priorityIds());
        assertEquals(new DateRange(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-02-01T00:00:00Z")),
                query.created());
        assertEquals(Instant.parse("2025-02-01T00:00:00Z"), query.due().from());
        assertNull(query.due().until());
        assertNull(query.completed());
        assertTrue(query.awaitingMyReply());
    }

    @Test
    void meMeansTheSignedInContact() {
        TicketFilter filter = new TicketFilter(TicketView.SEARCH);
        filter.setContact("me");

        assertEquals(801L, query(filter).contactId());
    }

    @Test
    void theCopyIsIndependent() {
        TicketFilter filter = new TicketFilter(TicketView.SEARCH);
        filter.setText("printer");

        TicketFilter copy = filter.copy();
        copy.setText("scanner");

        assertEquals("printer", filter.getText());
        assertEquals(filter.toParams().get("view"), copy.toParams().get("view"));
    }
}
