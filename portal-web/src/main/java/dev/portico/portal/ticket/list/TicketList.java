package dev.portico.portal.ticket.list;

import dev.portico.portal.security.CurrentUser;
import dev.portico.portal.shell.Messages;
import dev.portico.portal.ticket.CompanyContacts;
import dev.portico.portal.ticket.TicketConfig;
import dev.portico.portal.ticket.TicketLinks;
import dev.portico.portal.ticket.TicketSettings;
import dev.portico.portal.ticket.TicketView;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaScope;
import dev.portico.psa.Sort;
import dev.portico.psa.reference.ReferenceDataGateway;
import dev.portico.psa.ticket.TicketGateway;
import dev.portico.psa.ticket.TicketSortField;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;

/**
 * Backs {@code /tickets/list.xhtml}: every ticket list is this page with a {@code view} parameter. The URL
 * decides what is shown (docs: TICKET-URLS); the company scope always comes from the session.
 */
@Named
@ViewScoped
public class TicketList implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(TicketList.class.getName());

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
    TicketPreferences preferences;

    @Inject
    ExternalContext externalContext;

    private PsaScope scope;
    private ColumnLayout layout = ColumnLayout.defaults();
    private ListMode mode = ListMode.SUMMARY;
    private TicketFilter filter = new TicketFilter();
    private TicketFilter draft = new TicketFilter();
    private TicketLazyModel model;
    private FilterOptions options;
    private TicketListColumns chooser;
    private final HashMap<String, String> columnFilter = new HashMap<>();

    @PostConstruct
    void init() {
        scope = currentUser.scope();
        try {
            preferences.find(scope.contactId()).ifPresent(stored -> {
                layout = stored.layout();
                if (stored.mode() != null) {
                    mode = stored.mode();
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Ticket list preferences could not be read; using the defaults", e);
        }
        chooser = new TicketListColumns(layout);
    }

    /** Reads the URL into the filter (f:viewAction, GET only). */
    public void onload() {
        options = new FilterOptions(reference, scope);
        TicketListParams.Parsed parsed = TicketListParams.parse(singleValues(), options.requestTypeKeys(),
                currentUser.permissions());
        filter = parsed.filter();
        if (!parsed.rejected().isEmpty()) {
            Messages.warn("ticket.list.ignored", parsed.rejected().stream().distinct()
                    .map(name -> Messages.text("ticket.param." + name)).collect(Collectors.joining(", ")));
        }
        draft = filter.copy();
        for (TicketColumn column : TicketColumn.values()) {
            columnFilter.put(column.getKey(), ColumnFilters.valueOf(filter, column));
        }
        model = new TicketLazyModel(tickets, scope, filter, Clock.system(settings().zone()));
    }

    /** The search form: shows the result as a new GET, so it can be bookmarked and the back button works. */
    public void search() {
        redirect(url(draft));
    }

    /** Open, Closed or All as chosen in the search form; the view's own default when nothing was chosen. */
    public String getStatusChoice() {
        StatusChoice chosen = draft.getStatus() != null ? draft.getStatus() : defaultStatus(draft.getView());
        return chosen.getParam();
    }

    public void setStatusChoice(String param) {
        StatusChoice chosen = StatusChoice.fromParam(param).orElse(null);
        draft.setStatus(chosen == defaultStatus(draft.getView()) ? null : chosen);
    }

    public List<StatusChoice> getStatusChoices() {
        return List.of(StatusChoice.values());
    }

    static StatusChoice defaultStatus(TicketView view) {
        return switch (view) {
            case MINE, OPEN -> StatusChoice.OPEN;
            case COMPLETED -> StatusChoice.CLOSED;
            case APPROVAL, SEARCH -> StatusChoice.ALL;
        };
    }

    /** A column filter changed: it becomes part of the list's filter (and of the URL in the address bar). */
    public void onFilter(AjaxBehaviorEvent event) {
        DataTable table = (DataTable) event.getComponent();
        boolean possible = ColumnFilters.apply(filter, layout.columns(), table.getActiveFilterMeta(),
                options.requestTypeKeys());
        model.setMatchesNothing(!possible);
        draft = filter.copy();
        String url = getUrl().replace("\\", "\\\\").replace("'", "\\'");
        PrimeFaces.current().executeScript("history.replaceState(null,'','" + url + "')");
    }

    public void showSummary() {
        changeMode(ListMode.SUMMARY);
    }

    public void showList() {
        changeMode(ListMode.LIST);
    }

    private void changeMode(ListMode chosen) {
        mode = chosen;
        try {
            preferences.saveMode(scope.contactId(), chosen);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The ticket list mode could not be saved", e);
        }
    }

    /** Saves the column chooser and reloads the page, whose columns are built from the layout. */
    public void saveColumns() {
        ColumnLayout chosen = chooser.chosen();
        try {
            preferences.saveLayout(scope.contactId(), chosen);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The ticket columns could not be saved", e);
            Messages.error("ticket.columns.notSaved");
            return;
        }
        externalContext.getFlash().setKeepMessages(true);
        Messages.info("ticket.columns.saved");
        redirect(getUrl());
    }

    public void export() {
        new TicketListExport(tickets, config.settings(), options).send(model, layout);
    }

    /** The views of the Tickets menu the user may open (Waiting My Approval needs the approve permission). */
    public List<TicketView> getViews() {
        return Arrays.stream(TicketView.values())
                .filter(v -> v.requires().map(currentUser::may).orElse(true)).toList();
    }

    /** Users without VIEW_COMPANY_TICKETS see only their own tickets; the page says so. */
    public boolean isOwnTicketsOnly() {
        return scope.restrictedToOwnTickets();
    }

    public boolean isCompanyContacts() {
        return currentUser.may(Permission.VIEW_COMPANY_TICKETS);
    }

    public List<Option> getContactOptions() {
        return isCompanyContacts() ? options.contacts(contacts, scope) : List.of();
    }

    /** This list's address, e.g. {@code /tickets/list.xhtml?view=open&q=printer}. */
    public String getUrl() {
        return url(filter);
    }

    private String url(TicketFilter shown) {
        return externalContext.getRequestContextPath() + TicketLinks.LIST + TicketLinks.query(shown.toParams());
    }

    /** The same view without any search or filter. */
    public String getClearUrl() {
        return externalContext.getRequestContextPath() + TicketLinks.LIST
                + TicketLinks.query(Map.of("view", filter.getView().param()));
    }

    public String viewUrl(TicketView view) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("view", view.param());
        return externalContext.getRequestContextPath() + TicketLinks.LIST + TicketLinks.query(params);
    }

    /** The column filters' values by column key, starting from the URL's filter. */
    public Map<String, String> getColumnFilter() {
        return columnFilter;
    }

    public List<Option> selectOptions(TicketColumn column) {
        return switch (column) {
            case STATUS -> options.getStatuses();
            case REQUEST_TYPE -> options.getRequestTypes();
            case PRIORITY -> options.getPriorities();
            case SITE -> options.getSites();
            case CONTACT -> getContactOptions();
            default -> List.of();
        };
    }

    public String requestTypeLabel(String key, String fallback) {
        return key != null && options.requestTypeLabels().containsKey(key) ? options.requestTypeLabels().get(key)
                : fallback;
    }

    private Map<String, String> singleValues() {
        return externalContext.getRequestParameterMap();
    }

    private void redirect(String url) {
        try {
            externalContext.redirect(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TicketSettings settings() {
        return config.settings();
    }

    /** The columns Summary View can sort by (its sort control; List View sorts by clicking headers). */
    public List<TicketColumn> getSortColumns() {
        return Arrays.stream(TicketColumn.values()).filter(TicketColumn::isSortable).toList();
    }

    public String getSortKey() {
        TicketSortField field = model.getFallbackSort().field();
        return Arrays.stream(TicketColumn.values()).filter(c -> c.sortField().orElse(null) == field)
                .map(TicketColumn::getKey).findFirst().orElse(TicketColumn.NUMBER.getKey());
    }

    public void setSortKey(String key) {
        TicketColumn.fromKey(key).flatMap(TicketColumn::sortField).ifPresent(field ->
                model.setFallbackSort(new Sort<>(field, model.getFallbackSort().ascending())));
    }

    public boolean isSortAscending() {
        return model.getFallbackSort().ascending();
    }

    public void setSortAscending(boolean ascending) {
        model.setFallbackSort(new Sort<>(model.getFallbackSort().field(), ascending));
    }

    public TicketFilter getFilter() {
        return filter;
    }

    /** The search form's copy of the filter, applied by {@link #search()}. */
    public TicketFilter getDraft() {
        return draft;
    }

    public TicketLazyModel getModel() {
        return model;
    }

    public FilterOptions getOptions() {
        return options;
    }

    public List<TicketColumn> getColumns() {
        return layout.columns();
    }

    public TicketListColumns getChooser() {
        return chooser;
    }

    public boolean isSummaryMode() {
        return mode == ListMode.SUMMARY;
    }

    public int getPageSize() {
        return settings().pageSize();
    }

    public int getExportMaxRows() {
        return settings().exportMaxRows();
    }

    public boolean isExportTruncated() {
        return model != null && model.getRowCount() > settings().exportMaxRows();
    }
}
