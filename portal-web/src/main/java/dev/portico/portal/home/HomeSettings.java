package dev.portico.portal.home;

import dev.portico.portal.config.ConfigValues;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The dashboard's knobs ({@code portal.home.*}). The time zone is the portal's own key, shared with the ticket
 * list, so that "tickets this month" counts exactly what the list shows for {@code created=YYYY-MM}.
 *
 * @param gridRows        rows of the Open Tickets grid
 * @param monthsPerCall   months per projected chart call; one call covers up to 1000 tickets, so a busy customer's
 *                        year split into parts still needs one call per part, all made at the same time
 * @param callBudget      PSA calls one Home load may cost before a warning is logged
 * @param widgetTimeout   longest wait for one widget's figures; the widget then says it is unavailable
 * @param threads         threads fetching widget figures (shared by all users)
 */
public record HomeSettings(int gridRows, int monthsPerCall, int callBudget, Duration widgetTimeout, int threads,
        ZoneId zone) {

    public static final String GRID_ROWS = "portal.home.grid-rows";
    public static final String MONTHS_PER_CALL = "portal.home.chart.months-per-call";
    public static final String CALL_BUDGET = "portal.home.psa-call-budget";
    public static final String WIDGET_TIMEOUT = "portal.home.widget-timeout-ms";
    public static final String THREADS = "portal.home.threads";
    public static final String TIME_ZONE = ConfigValues.TIME_ZONE;

    /** Months shown by the created-and-completed chart. */
    public static final int CHART_MONTHS = 12;

    /** @throws IllegalArgumentException naming the key of a value out of range */
    public HomeSettings {
        ConfigValues.range(GRID_ROWS, gridRows, 1, 25);
        ConfigValues.range(MONTHS_PER_CALL, monthsPerCall, 1, CHART_MONTHS);
        ConfigValues.range(CALL_BUDGET, callBudget, 1, 1000);
        ConfigValues.range(WIDGET_TIMEOUT, (int) Math.min(Integer.MAX_VALUE, widgetTimeout.toMillis()), 100, 600_000);
        ConfigValues.range(THREADS, threads, 1, 256);
        java.util.Objects.requireNonNull(zone, TIME_ZONE);
    }

    /** The defaults, in the given zone. */
    public static HomeSettings defaults(ZoneId zone) {
        return new HomeSettings(6, 6, 12, Duration.ofMillis(25_000), 16, zone);
    }
}
