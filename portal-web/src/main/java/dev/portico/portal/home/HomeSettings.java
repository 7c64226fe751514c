package dev.portico.portal.home;

import dev.portico.portal.config.ConfigLookup;
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
    public static final String TIME_ZONE = ConfigLookup.TIME_ZONE;

    /** Months shown by the created-and-completed chart. */
    public static final int CHART_MONTHS = 12;

    public static HomeSettings from(ConfigLookup config) {
        ZoneId zoneId = config.timeZone();
        return new HomeSettings(
                config.integer(GRID_ROWS, 6, 1, 25),
                config.integer(MONTHS_PER_CALL, 6, 1, CHART_MONTHS),
                config.integer(CALL_BUDGET, 12, 1, 1000),
                Duration.ofMillis(config.integer(WIDGET_TIMEOUT, 25_000, 100, 600_000)),
                config.integer(THREADS, 16, 1, 256),
                zoneId);
    }

    public static HomeSettings defaults() {
        return from(ConfigLookup.of(java.util.Map.of()));
    }
}
