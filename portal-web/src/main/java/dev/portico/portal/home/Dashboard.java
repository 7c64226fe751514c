package dev.portico.portal.home;

import dev.portico.portal.page.HomeDestination;
import dev.portico.portal.security.CurrentUser;
import dev.portico.psa.Page;
import dev.portico.psa.ticket.RequestTypeCount;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketMonth;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The Home dashboard's figures for the signed-in user and the site chosen under "View data for". All PSA calls
 * start when the page is requested ({@link #load()}); each widget then waits only for its own figures. The page
 * itself waits only for the light ones (grid, alerts); the statistics and charts, whose calls return the most
 * data, follow in one Ajax request right after the page arrives ({@link #showFigures()}), usually finding them
 * ready.
 */
@Named
@ViewScoped
public class Dashboard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    DashboardLoader loader;

    @Inject
    HomeSite homeSite;

    @Inject
    HomeDestinations destinations;

    private transient DashboardLoad load;
    private int generation;
    private boolean figuresShown;
    // kept once known, so a later Ajax request (a click on a chart) renders and decodes the same charts
    private List<TicketMonth> months;
    private List<RequestTypeCount> requestTypes;
    private Long siteId;
    private YearMonth lastMonth;
    private List<String> chartedTypes = List.of();

    /** Starts every figure's PSA calls (the page's view action). */
    public void load() {
        // not checked against the company's sites first: that would cost a round trip before the calls start;
        // the session holds only ids the site menu accepted, and the scope limits every call to the company
        siteId = homeSite.getSiteId();
        start();
    }

    /** The page has arrived: render the statistics and the charts (the calls for them are already running). */
    public void showFigures() {
        figuresShown = true;
        if (load == null) {
            start();
        }
    }

    public boolean isFiguresShown() {
        return figuresShown;
    }

    /** "View data for" changed (the menu accepts only the company's sites): fetch every figure again. */
    public void siteChanged() {
        siteId = homeSite.getSiteId();
        start();
    }

    private void start() {
        LocalDate today = LocalDate.now(loader.settings().zone());
        lastMonth = YearMonth.from(today);
        generation++;
        months = null;
        requestTypes = null;
        load = loader.start(currentUser.scope(), siteId, today);
    }

    public HomeSettings settings() {
        return loader.settings();
    }

    /** Increases with every fresh load, so the grid knows its rows are out of date. */
    public int generation() {
        return generation;
    }

    public Long getSiteId() {
        return siteId;
    }

    public YearMonth lastMonth() {
        return lastMonth;
    }

    public DrillLinks getLinks() {
        return DrillLinks.of(destinations, siteId);
    }

    public String getThisMonthUrl() {
        return getLinks().createdIn(lastMonth);
    }

    public String getThisYearUrl() {
        return getLinks().createdIn(java.time.Year.of(lastMonth.getYear()));
    }

    public Optional<Page<Ticket>> openTickets() {
        return load == null ? Optional.empty() : load.openTickets();
    }

    public Long getOpenTicketCount() {
        return openTickets().map(Page::total).orElse(null);
    }

    public Statistics getStatistics() {
        return load == null ? null : load.statistics().orElse(null);
    }

    public Alerts getAlerts() {
        return load == null ? null : load.alerts().orElse(null);
    }

    public boolean isRecommendationsPermitted() {
        return load != null && load.recommendationsPermitted();
    }

    public Long getRecommendationCount() {
        return load == null ? null : load.recommendations().orElse(null);
    }

    public String getRecommendationsUrl() {
        return destinations.recommendations();
    }

    /** Whether Home offers New Ticket: the ticket feature contributes it to users who may create tickets. */
    public boolean isNewTicketOffered() {
        return destinations.url(HomeDestination.NEW_TICKET) != null;
    }

    public String getKnowledgeBaseUrl() {
        return destinations.knowledgeBase();
    }

    public List<TicketMonth> getMonths() {
        if (months == null && load != null) {
            months = load.months().orElse(null);
        }
        return months;
    }

    public List<RequestTypeCount> getRequestTypes() {
        if (requestTypes == null && load != null) {
            requestTypes = load.requestTypes().orElse(null);
        }
        return requestTypes;
    }

    /** The request type keys in the doughnut's order (null for "other"), kept for a later click on a slice. */
    public void setChartedTypes(List<String> keys) {
        chartedTypes = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(keys));
    }

    public List<String> chartedTypes() {
        return chartedTypes;
    }
}
