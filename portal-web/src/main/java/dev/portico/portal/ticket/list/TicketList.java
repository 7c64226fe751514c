package dev.portico.portal.ticket.list;

import dev.portico.portal.page.PagedListModel;
import dev.portico.portal.page.Pages;
import dev.portico.portal.ticket.TicketConfig;
import dev.portico.portal.ticket.TicketSettings;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketSortField;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Backs {@code /tickets/list.xhtml}: every ticket list is this page with a {@code view} parameter. The URL
 * decides what is shown ({@link TicketListParams}); the company scope always comes from the session; sorting and
 * paging are what the PSA's capabilities allow. Mode and columns are {@link TicketListDisplay}'s.
 */
@Named
@ViewScoped
public class TicketList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TicketListSetup setup;

    @Inject
    TicketConfig config;

    @Inject
    TicketListDisplay display;

    @Inject
    FacesContext facesContext;

    private TicketListSetup.Loaded list;
    private TicketSearchForm form;
    private HashMap<String, String> columnFilter = new HashMap<>();

    /** Reads the URL into the filter (f:viewAction, GET only). */
    public void onload() {
        list = setup.load(facesContext.getExternalContext().getRequestParameterMap());
        Pages.warnIgnored(list.rejected(), "ticket.list.ignored", "ticket.param.");
        form = new TicketSearchForm(list.filter());
        columnFilter = ColumnFilters.valuesOf(list.filter());
    }

    /** The search form: shows the result as a new GET, so it can be bookmarked and the back button works. */
    public void search() {
        Pages.redirect(facesContext, TicketListAddress.of(contextPath(), form.getDraft()));
    }

    /** A column filter changed: it becomes part of the list's filter (and of the URL in the address bar). */
    public void onFilter(AjaxBehaviorEvent event) {
        list.source().setMatchesNothing(!ColumnFilters.apply(list.filter(), display.getColumns(), event,
                list.options().requestTypeKeys()));
        form = new TicketSearchForm(list.filter());
        TicketListAddress.show(getUrl());
    }

    public void export() {
        new TicketListExport(config.settings(), list.options()).send(list.source(), list.model().currentSort(),
                display.layout());
    }

    /** Users without VIEW_COMPANY_TICKETS see only their own tickets; the page says so. */
    public boolean isOwnTicketsOnly() {
        return list.ownTicketsOnly();
    }

    /** This list's address, e.g. {@code /tickets/list.xhtml?view=open&q=printer}. */
    public String getUrl() {
        return TicketListAddress.of(contextPath(), list.filter());
    }

    /** The same view without any search or filter. */
    public String getClearUrl() {
        return TicketListAddress.of(contextPath(), new TicketFilter(list.filter().getView()));
    }

    private String contextPath() {
        return facesContext.getExternalContext().getRequestContextPath();
    }

    /** The column filters' values by column key, starting from the URL's filter. */
    public Map<String, String> getColumnFilter() {
        return columnFilter;
    }

    public TicketFilter getFilter() {
        return list.filter();
    }

    public TicketSearchForm getForm() {
        return form;
    }

    public SummarySort getSort() {
        return new SummarySort(list.model());
    }

    public PagedListModel<Ticket, TicketSortField> getModel() {
        return list.model();
    }

    public FilterOptions getOptions() {
        return list.options();
    }

    /** Rows per page and the export's limit. */
    public TicketSettings getSettings() {
        return config.settings();
    }

    public boolean isExportTruncated() {
        return list != null && list.model().getRowCount() > config.settings().exportMaxRows();
    }
}
