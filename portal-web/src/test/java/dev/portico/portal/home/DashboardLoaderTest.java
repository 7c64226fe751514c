package dev.portico.portal.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.psa.DateRange;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaCallMeter;
import dev.portico.psa.PsaScope;
import dev.portico.psa.ticket.OpenState;
import dev.portico.psa.ticket.RequestTypeCount;
import dev.portico.psa.ticket.TicketMonth;
import dev.portico.psa.ticket.TicketQuery;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DashboardLoaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final PsaScope ADMIN = new PsaScope(250, 801, EnumSet.allOf(Permission.class));
    private static final PsaScope OWN_ONLY = new PsaScope(250, 803, Set.of(Permission.CREATE_TICKETS));

    private final ExecutorService pool = Executors.newFixedThreadPool(16);
    private final PsaCallMeter meter = new PsaCallMeter();
    private final FakeTickets tickets = new FakeTickets();
    private final FakeRecommendations recommendations = new FakeRecommendations();
    private final HomeSettings settings = HomeSettings.defaults(ZoneId.of("UTC"));
    private final DashboardLoader loader = new DashboardLoader(tickets, recommendations, meter.propagating(pool),
            settings, meter);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void alertsAndStatisticsComeFromTheMatchingCountsAndTheChart() {
        tickets.openTotal = 42;
        recommendations.count = 3;
        tickets.counts = q -> q.waitingForMyApproval() ? 2L : q.awaitingMyReply() ? 5L : -1L;

        DashboardLoad load = loader.start(ADMIN, null, TODAY);

        assertEquals(new Alerts(3L, 2L, 5), load.alerts().orElseThrow());
        // the fake chart creates "month number" tickets per month: November 11, and 1 + 2 + ... + 11 this year
        assertEquals(new Statistics(42, 11, 66), load.statistics().orElseThrow());
        assertEquals(42, load.openTickets().orElseThrow().total());
        assertTrue(load.alerts().orElseThrow().isAnyPending());
        assertEquals(2, tickets.counted.size(), "in UTC this month and this year come from the chart");
    }

    @Test
    void theCountsUseTheListsFilters() {
        ZoneId london = ZoneId.of("Europe/London");
        HomeSettings inLondon = HomeSettings.defaults(london);
        tickets.counts = q -> q.created() == null ? 1L : q.created().until().minusSeconds(40 * 86_400L)
                .isBefore(q.created().from()) ? 7L : 80L;

        DashboardLoad load = new DashboardLoader(tickets, recommendations, meter.propagating(pool), inLondon, meter)
                .start(ADMIN, null, TODAY);
        load.completion().join();

        assertEquals(new Statistics(0, 7, 80), load.statistics().orElseThrow());
        TicketQuery reply = only(tickets.counted, TicketQuery::awaitingMyReply);
        assertEquals(OpenState.OPEN, reply.openState());
        TicketQuery approval = only(tickets.counted, TicketQuery::waitingForMyApproval);
        assertEquals(OpenState.ANY, approval.openState());
        TicketQuery open = tickets.searched.get(0);
        assertEquals(OpenState.OPEN, open.openState());
        assertNull(open.contactId());
        DateRange month = DateRange.days(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), london);
        DateRange year = DateRange.days(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), london);
        assertTrue(tickets.counted.stream().anyMatch(q -> month.equals(q.created()) && q.openState() == OpenState.ANY));
        assertTrue(tickets.counted.stream().anyMatch(q -> year.equals(q.created()) && q.openState() == OpenState.ANY));
    }

    @Test
    void theSiteFilterAppliesToEveryTicketFigure() {
        loader.start(ADMIN, 1002L, TODAY).completion().join();

        assertEquals(2, tickets.counted.size());
        assertTrue(tickets.counted.stream().allMatch(q -> Long.valueOf(1002).equals(q.siteId())));
        assertTrue(tickets.searched.stream().allMatch(q -> Long.valueOf(1002).equals(q.siteId())));
        assertEquals(3, tickets.charted.size());
        assertTrue(tickets.charted.stream().allMatch(q -> Long.valueOf(1002).equals(q.siteId())));
    }

    @Test
    void figuresTheUserMayNotSeeAreLeftOutAndNotFetched() {
        DashboardLoad load = loader.start(OWN_ONLY, null, TODAY);

        Alerts alerts = load.alerts().orElseThrow();
        assertNull(alerts.unapprovedRecommendations());
        assertNull(alerts.waitingMyApproval());
        assertFalse(load.recommendationsPermitted());
        assertEquals(0, recommendations.countCalls.get());
        assertTrue(tickets.counted.stream().noneMatch(TicketQuery::waitingForMyApproval));
    }

    @Test
    void theTwelveMonthsArriveInPartsFetchedTogetherAndJoinedOldestFirst() {
        List<TicketMonth> months = loader.start(ADMIN, null, TODAY).months().orElseThrow();

        assertEquals(12, months.size());
        assertEquals(YearMonth.of(2025, 12), months.get(0).month());
        assertEquals(YearMonth.of(2026, 11), months.get(11).month());
        for (int i = 1; i < months.size(); i++) {
            assertEquals(months.get(i - 1).month().plusMonths(1), months.get(i).month());
        }
        assertEquals(Set.of(YearMonth.of(2026, 5), YearMonth.of(2026, 11)), Set.copyOf(tickets.chartEnds));
    }

    @Test
    void aFailingFigureLeavesOnlyItsWidgetsEmpty() {
        tickets.failCounts = true;
        tickets.types = List.of(new RequestTypeCount("incident", "Incident", 4));

        DashboardLoad load = loader.start(ADMIN, null, TODAY);

        assertTrue(load.alerts().isEmpty());
        assertTrue(load.statistics().isPresent(), "statistics need no count call in UTC");
        assertEquals(4, load.requestTypes().orElseThrow().get(0).count());
        assertTrue(load.openTickets().isPresent());
    }

    @Test
    void everyCallRunsAtTheSameTimeAndTheLoadStaysWithinTheCallBudget() {
        // the ticket gateway's 6 methods (1 search, 2 counts, 2 chart parts, 1 request type chart) wait for each other
        tickets.together = new CountDownLatch(6);
        recommendations.meter = meter;
        tickets.meter = meter;

        try (PsaCallMeter.Unit unit = meter.open("801")) {
            loader.start(ADMIN, null, TODAY).completion().join();

            assertEquals(0, tickets.together.getCount(), "all six ticket calls were in flight at once");
            assertTrue(unit.calls() <= settings.callBudget(), "PSA calls per Home load: " + unit.calls());
            assertEquals(8, unit.calls(), unit.operations().toString());
        }
    }

    private static TicketQuery only(List<TicketQuery> queries, java.util.function.Predicate<TicketQuery> which) {
        List<TicketQuery> found = queries.stream().filter(which).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }
}
