package dev.portico.portal.ticket.list;

import dev.portico.portal.page.Capabilities;
import dev.portico.portal.page.PagedListModel;
import dev.portico.portal.page.Pages;
import dev.portico.portal.security.CurrentUser;
import dev.portico.portal.ticket.CompanyContacts;
import dev.portico.portal.ticket.TicketConfig;
import dev.portico.portal.ticket.TicketLinks;
import dev.portico.portal.ticket.TicketSettings;
import dev.portico.portal.ticket.TicketView;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaScope;
import dev.portico.psa.reference.ReferenceDataGateway;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketGateway;
import dev.portico.psa.ticket.TicketSortField;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;

/**
 * Backs {@code /tickets/list.xhtml}: every ticket list is this page with a {@code view} parameter. The URL
 * decides what is shown (docs: TICKET-URLS, {@link TicketListParams}); the company scope always comes from the
 * session. Mode and columns are {@link TicketListDisplay}'s.
 */
@Named
@ViewScoped
public class TicketList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TicketGateway tickets;
    @Inject
    ReferenceDataGateway reference;
    @Inject
    CompanyContacts contacts;
    @Inject
    CurrentUser currentUser;
    @Inject
    TicketConfig config;
    @Inject
    Capabilities capabilities;
    @Inject
    TicketListDisplay display;
    @Inject
    FacesContext facesContext;

    private TicketFilter filter = new TicketFilter();
    private TicketSearchForm form;
    private TicketSource source;
    private PagedListModel<Ticket, TicketSortField> model;
    private FilterOptions options;
    private final HashMap<String, String> columnFilter = new HashMap<>();

    /** Reads the URL into the filter (f:viewAction, GET only). */
    public void onload() {
        PsaScope scope = currentUser.scope();
        options = new FilterOptions(reference, scope,
                currentUser.may(Permission.VIEW_COMPANY_TICKETS) ? contacts : null);
        TicketListParams.Parsed parsed = TicketListParams.parse(facesContext.getExternalContext()
                .getRequestParameterMap(), options.requestTypeKeys(), currentUser.permissions());
        Pages.warnIgnored(parsed.rejected(), "ticket.list.ignored", "ticket.param.");
        filter = parsed.filter();
        form = new TicketSearchForm(filter);
        for (TicketColumn column : TicketColumn.values()) {
            columnFilter.put(column.getKey(), ColumnFilters.valueOf(filter, column));
        }
        source = new TicketSource(tickets, scope, filter, Clock.system(config.settings().zone()));
        model = new PagedListModel<>(source, ticket -> String.valueOf(ticket.id()), TicketSource.sortKeys(),
                TicketSource.defaultSort(filter.getView()), capabilities.current());
    }

    /** The search form: shows the result as a new GET, so it can be bookmarked and the back button works. */
    public void search() {
        Pages.redirect(facesContext, url(form.getDraft()));
    }

    /** A column filter changed: it becomes part of the list's filter (and of the URL in the address bar). */
    public void onFilter(AjaxBehaviorEvent event) {
        DataTable table = (DataTable) event.getComponent();
        source.setMatchesNothing(!ColumnFilters.apply(filter, display.getColumns(), table.getActiveFilterMeta(),
                options.requestTypeKeys()));
        form = new TicketSearchForm(filter);
        String url = getUrl().replace("\\", "\\\\").replace("'", "\\'");
        PrimeFaces.current().executeScript("history.replaceState(null,'','" + url + "')");
    }

    public void export() {
        new TicketListExport(config.settings(), options).send(source, model.currentSort(), display.layout());
    }

    /** Users without VIEW_COMPANY_TICKETS see only their own tickets; the page says so. */
    public boolean isOwnTicketsOnly() {
        return currentUser.scope().restrictedToOwnTickets();
    }

    /** This list's address, e.g. {@code /tickets/list.xhtml?view=open&q=printer}. */
    public String getUrl() {
        return url(filter);
    }

    /** The same view without any search or filter. */
    public String getClearUrl() {
        return url(new TicketFilter(filter.getView()));
    }

    private String url(TicketFilter shown) {
        return Pages.url(facesContext.getExternalContext().getRequestContextPath() + TicketLinks.LIST,
                shown.toParams());
    }

    /** The column filters' values by column key, starting from the URL's filter. */
    public Map<String, String> getColumnFilter() {
        return columnFilter;
    }

    public TicketFilter getFilter() {
        return filter;
    }

    public TicketSearchForm getForm() {
        return form;
    }

    public SummarySort getSort() {
        return new SummarySort(model);
    }

    public PagedListModel<Ticket, TicketSortField> getModel() {
        return model;
    }

    public FilterOptions getOptions() {
        return options;
    }

    /** Rows per page and the export's limit. */
    public TicketSettings getSettings() {
        return config.settings();
    }

    public boolean isExportTruncated() {
        return model != null && model.getRowCount() > config.settings().exportMaxRows();
    }
}
