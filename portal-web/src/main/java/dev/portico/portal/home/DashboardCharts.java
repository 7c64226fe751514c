package dev.portico.portal.home;

import dev.portico.portal.branding.Brand;
import dev.portico.portal.shell.Messages;
import dev.portico.psa.ticket.RequestTypeCount;
import dev.portico.psa.ticket.TicketMonth;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.ItemSelectEvent;

/**
 * The two dashboard charts: their Chart.js configurations, the accessible legend and table next to them (whose
 * numbers are links too), and the drill-through when a bar or slice is clicked.
 */
@Named
@RequestScoped
public class DashboardCharts {

    @Inject
    Dashboard dashboard;

    @Inject
    Brand brand;

    /** A month of the created-and-completed chart, as the table below it shows it. */
    public record MonthRow(String id, String label, long created, long completed, String createdUrl,
            String completedUrl) {
    }

    /**
     * A slice of the request type doughnut, as its legend shows it.
     *
     * @param swatch the legend colour's CSS modifier: {@code 0} (the brand colour), {@code 1}..{@code 6}, {@code other}
     */
    public record Slice(String id, String label, long count, String swatch, String url) {
    }

    private String monthsJson;
    private String typesJson;

    public String getMonthsJson() {
        List<TicketMonth> months = dashboard.getMonths();
        if (months == null) {
            return null;
        }
        if (monthsJson == null) {
            DateTimeFormatter format = DateTimeFormatter.ofPattern("MMM yy", locale());
            monthsJson = ChartJson.months(months, m -> format.format(m.month()), Messages.text("home.charts.created"),
                    Messages.text("home.charts.completed"), brand.palette().primary());
        }
        return monthsJson;
    }

    public List<MonthRow> getMonthRows() {
        List<TicketMonth> months = dashboard.getMonths();
        if (months == null) {
            return List.of();
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern("MMMM yyyy", locale());
        DrillLinks links = dashboard.getLinks();
        List<MonthRow> rows = new ArrayList<>();
        for (TicketMonth m : months) {
            rows.add(new MonthRow(m.month().toString(), format.format(m.month()), m.created(), m.completed(),
                    links.createdIn(m.month()), links.completedIn(m.month())));
        }
        return rows;
    }

    public String getTypesJson() {
        List<RequestTypeCount> types = dashboard.getRequestTypes();
        if (types == null) {
            return null;
        }
        if (typesJson == null) {
            dashboard.setChartedTypes(types.stream().map(RequestTypeCount::requestType).toList());
            typesJson = ChartJson.requestTypes(types, Messages.text("home.charts.otherType"), brand.palette().primary());
        }
        return typesJson;
    }

    public List<Slice> getSlices() {
        List<RequestTypeCount> types = dashboard.getRequestTypes();
        if (types == null) {
            return List.of();
        }
        DrillLinks links = dashboard.getLinks();
        List<Slice> slices = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            RequestTypeCount type = types.get(i);
            boolean other = type.requestType() == null;
            slices.add(new Slice(other ? "other" : type.requestType(),
                    other ? Messages.text("home.charts.otherType") : type.label(), type.count(),
                    ChartJson.swatch(types, i), links.openOfType(type.requestType())));
        }
        return slices;
    }

    public boolean isAnyOpen() {
        return getSlices().stream().anyMatch(s -> s.count() > 0);
    }

    /** A bar was clicked: dataset 0 is "created", 1 is "completed"; the bars run oldest month first. */
    public void monthSelected(ItemSelectEvent event) {
        YearMonth last = dashboard.lastMonth();
        if (last == null || event.getItemIndex() < 0 || event.getItemIndex() >= HomeSettings.CHART_MONTHS) {
            return;
        }
        YearMonth month = last.minusMonths(HomeSettings.CHART_MONTHS - 1L - event.getItemIndex());
        DrillLinks links = dashboard.getLinks();
        redirect(event.getDataSetIndex() == 1 ? links.completedIn(month) : links.createdIn(month));
    }

    /** A slice was clicked: the open tickets of that request type. */
    public void typeSelected(ItemSelectEvent event) {
        List<String> keys = dashboard.chartedTypes();
        if (event.getItemIndex() < 0 || event.getItemIndex() >= keys.size()) {
            return;
        }
        redirect(dashboard.getLinks().openOfType(keys.get(event.getItemIndex())));
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
    }

    private static void redirect(String url) {
        try {
            FacesContext.getCurrentInstance().getExternalContext().redirect(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
