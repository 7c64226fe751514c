package dev.portico.portal.home;

import dev.portico.psa.PageRequest;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaCallMeter;
import dev.portico.psa.PsaScope;
import dev.portico.psa.Sort;
import dev.portico.psa.recommendation.RecommendationGateway;
import dev.portico.psa.ticket.TicketGateway;
import dev.portico.psa.ticket.TicketMonth;
import dev.portico.psa.ticket.TicketSortField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts every PSA call the dashboard needs at the same moment, so a Home load costs about one PSA round trip
 * however many widgets there are. Only counts and projected calls are used: the grid's one page (with its
 * count), the alert counts, and the charts' projected lists (the twelve months split into parts of
 * {@link HomeSettings#monthsPerCall()} so that each part fits one page of the PSA).
 */
@ApplicationScoped
public class DashboardLoader {

    private static final Logger LOG = Logger.getLogger(DashboardLoader.class.getName());

    private TicketGateway tickets;
    private RecommendationGateway recommendations;
    private Executor executor;
    private HomeSettings settings;
    private PsaCallMeter meter;

    protected DashboardLoader() {
    }

    @Inject
    DashboardLoader(TicketGateway tickets, RecommendationGateway recommendations, DashboardExecutor executor,
            HomeConfig config, PsaCallMeter meter) {
        this(tickets, recommendations, executor, config.settings(), meter);
    }

    /** For tests and plain Java: {@code executor} must run tasks in the meter's unit (see {@link PsaCallMeter#propagating}). */
    public DashboardLoader(TicketGateway tickets, RecommendationGateway recommendations, Executor executor,
            HomeSettings settings, PsaCallMeter meter) {
        this.tickets = tickets;
        this.recommendations = recommendations;
        this.executor = executor;
        this.settings = settings;
        this.meter = meter;
    }

    public HomeSettings settings() {
        return settings;
    }

    /**
     * Starts the calls and returns at once.
     *
     * @param siteId the site chosen under "View data for", or null for all
     * @param today  the current date in the portal's time zone
     */
    public DashboardLoad start(PsaScope scope, Long siteId, LocalDate today) {
        DashboardQueries queries = new DashboardQueries(siteId, settings.zone());
        YearMonth month = YearMonth.from(today);
        var open = async(() -> tickets.search(scope, queries.open(), PageRequest.first(settings.gridRows()),
                Sort.desc(TicketSortField.CREATED)));
        var recs = scope.may(Permission.VIEW_RECOMMENDATIONS) ? async(() -> recommendations.count(scope)) : null;
        var approval = scope.may(Permission.APPROVE_TICKETS)
                ? async(() -> tickets.count(scope, queries.waitingMyApproval())) : null;
        var reply = async(() -> tickets.count(scope, queries.awaitingMyReply()));
        var months = months(scope, queries, month);
        CompletableFuture<Long> thisMonth;
        CompletableFuture<Long> thisYear;
        if (chartMonthsAreCalendarMonths()) {
            thisMonth = months.thenApply(all -> createdIn(all, m -> m.equals(month)));
            thisYear = months.thenApply(all -> createdIn(all, m -> m.getYear() == month.getYear()));
        } else {
            thisMonth = async(() -> tickets.count(scope, queries.createdIn(month)));
            thisYear = async(() -> tickets.count(scope, queries.createdIn(Year.from(today))));
        }
        var types = async(() -> tickets.openByRequestType(scope, queries.chartFilter()));
        DashboardLoad load = new DashboardLoad(open, recs, approval, reply, thisMonth, thisYear, months, types,
                settings.widgetTimeout());
        logCalls(load, scope);
        return load;
    }

    /** The twelve months in parts that are fetched at the same time and joined, oldest first. */
    private CompletableFuture<List<TicketMonth>> months(PsaScope scope, DashboardQueries queries, YearMonth current) {
        int total = HomeSettings.CHART_MONTHS;
        int size = settings.monthsPerCall();
        List<CompletableFuture<List<TicketMonth>>> parts = new ArrayList<>();
        for (int end = 0; end < total; end += size) {
            YearMonth last = current.minusMonths(end);
            int months = Math.min(size, total - end);
            parts.add(0, async(() -> tickets.createdAndCompletedByMonth(scope, queries.chartFilter(), last, months)));
        }
        return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).thenApply(done -> {
            List<TicketMonth> all = new ArrayList<>();
            parts.forEach(part -> all.addAll(part.join()));
            return List.copyOf(all);
        });
    }

    /**
     * The connector counts the chart's months in UTC. When the portal's time zone is UTC too, the chart already
     * holds "this month" and "this year" (the twelve months always cover the current year), which saves two
     * calls; otherwise they are counted in the portal's zone, as the ticket list filters them.
     */
    private boolean chartMonthsAreCalendarMonths() {
        return settings.zone().normalized().equals(java.time.ZoneOffset.UTC);
    }

    private static long createdIn(List<TicketMonth> months, java.util.function.Predicate<YearMonth> which) {
        return months.stream().filter(m -> which.test(m.month())).mapToLong(TicketMonth::created).sum();
    }

    private <T> CompletableFuture<T> async(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, executor);
    }

    private void logCalls(DashboardLoad load, PsaScope scope) {
        PsaCallMeter.Unit unit = meter == null ? null : meter.current();
        if (unit == null) {
            return;
        }
        long before = unit.calls();
        load.completion().thenRun(() -> {
            long calls = unit.calls() - before;
            if (calls > settings.callBudget()) {
                LOG.warning(() -> "Home load for contact " + scope.contactId() + " cost " + calls
                        + " PSA calls, over the budget of " + settings.callBudget() + ": " + unit.operations());
            } else if (LOG.isLoggable(Level.FINE)) {
                LOG.fine("Home load for contact " + scope.contactId() + ": " + calls + " PSA calls "
                        + unit.operations());
            }
        });
    }
}
