package dev.portico.portal.home;

import dev.portico.portal.security.CurrentUser;
import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.PsaException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.Sort;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketGateway;
import dev.portico.psa.ticket.TicketSortField;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The Open Tickets grid on Home: the newest few tickets for All, My or Waiting My Approval. "All" comes with
 * the dashboard's first load; switching filters asks the PSA for that one page only.
 */
@Named
@ViewScoped
public class TicketGrid implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(TicketGrid.class.getName());

    @Inject
    Dashboard dashboard;

    @Inject
    CurrentUser currentUser;

    @Inject
    TicketGateway tickets;

    private GridFilter filter = GridFilter.ALL;
    private int generation = -1;
    private List<Ticket> rows = List.of();
    private long total;
    private boolean available;

    public List<GridFilter> getFilters() {
        return Arrays.stream(GridFilter.values())
                .filter(f -> f.requires().map(currentUser::may).orElse(true)).toList();
    }

    public GridFilter getFilter() {
        return filter;
    }

    public void setFilter(GridFilter filter) {
        this.filter = filter == null || !getFilters().contains(filter) ? GridFilter.ALL : filter;
    }

    /** The filter buttons' Ajax listener: "All" is usually still at hand from the page's own load. */
    public void filterChanged() {
        sync();
        Optional<Page<Ticket>> page = filter == GridFilter.ALL ? dashboard.openTickets() : Optional.empty();
        if (page.isEmpty()) {
            PsaScope scope = currentUser.scope();
            DashboardQueries queries = new DashboardQueries(dashboard.getSiteId(), dashboard.settings().zone());
            try {
                page = Optional.of(tickets.search(scope, filter.query(queries, scope),
                        PageRequest.first(dashboard.settings().gridRows()), Sort.desc(TicketSortField.CREATED)));
            } catch (PsaException e) {
                LOG.fine(() -> "Home grid not loaded: " + e);
            }
        }
        show(page);
    }

    public List<Ticket> getRows() {
        sync();
        return rows;
    }

    public long getTotal() {
        sync();
        return total;
    }

    public boolean isAvailable() {
        sync();
        return available;
    }

    public String getSeeAllUrl() {
        return filter.link(dashboard.getLinks());
    }

    /** After a fresh dashboard load (page opened, or another site chosen) the grid starts again at All. */
    private void sync() {
        if (generation != dashboard.generation()) {
            generation = dashboard.generation();
            filter = GridFilter.ALL;
            show(dashboard.openTickets());
        }
    }

    private void show(Optional<Page<Ticket>> page) {
        available = page.isPresent();
        rows = page.map(Page::items).orElse(List.of());
        total = page.map(Page::total).orElse(0L);
    }
}
