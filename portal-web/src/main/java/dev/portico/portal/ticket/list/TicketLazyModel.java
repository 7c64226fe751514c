package dev.portico.portal.ticket.list;

import dev.portico.portal.ticket.TicketView;
import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.PsaScope;
import dev.portico.psa.Sort;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketGateway;
import dev.portico.psa.ticket.TicketQuery;
import dev.portico.psa.ticket.TicketSortField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The ticket table's rows, one PSA page at a time: each load is one {@link TicketGateway#search} (which fetches
 * the page and its count in parallel), so 2,500 tickets page and sort without ever being loaded together.
 * Only the current page is kept. The total arrives with the page, so {@link #count} answers 0 and {@link #load}
 * sets the row count (PrimeFaces' documented single-call variant).
 */
public class TicketLazyModel extends LazyDataModel<Ticket> {

    private static final long serialVersionUID = 1L;

    private final TicketGateway gateway;
    private final PsaScope scope;
    private final TicketFilter filter;
    private final Clock clock;
    private Sort<TicketSortField> fallbackSort;
    private Sort<TicketSortField> lastSort;
    private boolean matchesNothing;

    /**
     * @param filter the list's live filter (shared with the page); read on every load
     * @param clock  in the user's time zone: Recently Completed counts back from its date
     */
    public TicketLazyModel(TicketGateway gateway, PsaScope scope, TicketFilter filter, Clock clock) {
        this.gateway = Objects.requireNonNull(gateway);
        this.scope = Objects.requireNonNull(scope);
        this.filter = Objects.requireNonNull(filter);
        this.clock = Objects.requireNonNull(clock);
        this.fallbackSort = defaultSort(filter.getView());
    }

    /** Newest first; Recently Completed by completion date. */
    public static Sort<TicketSortField> defaultSort(TicketView view) {
        return view == TicketView.COMPLETED ? Sort.desc(TicketSortField.COMPLETED) : Sort.desc(TicketSortField.NUMBER);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return 0;
    }

    @Override
    public List<Ticket> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        lastSort = sort(sortBy);
        Optional<TicketQuery> query = query();
        if (query.isEmpty()) {
            setRowCount(0);
            return List.of();
        }
        Page<Ticket> page = gateway.search(scope, query.get(), PageRequest.ofOffset(first, pageSize), lastSort);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.items();
    }

    /** The connector query of the list as it stands; empty when it cannot match anything. */
    public Optional<TicketQuery> query() {
        if (matchesNothing) {
            return Optional.empty();
        }
        return filter.toQuery(scope, clock.getZone(), LocalDate.now(clock));
    }

    /** The table's sort if it names a sortable column, else the list's own (Summary View's sort control). */
    public Sort<TicketSortField> sort(Map<String, SortMeta> sortBy) {
        if (sortBy != null) {
            for (SortMeta meta : sortBy.values()) {
                if (meta.getOrder() == null || meta.getOrder() == SortOrder.UNSORTED) {
                    continue;
                }
                Optional<TicketSortField> field = TicketColumn.fromKey(meta.getField()).flatMap(TicketColumn::sortField);
                if (field.isPresent()) {
                    return new Sort<>(field.get(), meta.getOrder().isAscending());
                }
            }
        }
        return fallbackSort;
    }

    /** Set by a column filter that can never match (such as letters in the number filter). */
    public void setMatchesNothing(boolean matchesNothing) {
        this.matchesNothing = matchesNothing;
    }

    /** The sort of the rows last shown (for the export), the list's own before the first load. */
    public Sort<TicketSortField> currentSort() {
        return lastSort == null ? fallbackSort : lastSort;
    }

    public Sort<TicketSortField> getFallbackSort() {
        return fallbackSort;
    }

    public void setFallbackSort(Sort<TicketSortField> fallbackSort) {
        this.fallbackSort = Objects.requireNonNull(fallbackSort);
    }

    public TicketFilter filter() {
        return filter;
    }

    public PsaScope scope() {
        return scope;
    }

    @Override
    public String getRowKey(Ticket ticket) {
        return String.valueOf(ticket.id());
    }

    /** Looks in the current page only: no PSA call. */
    @Override
    public Ticket getRowData(String rowKey) {
        List<Ticket> current = getWrappedData();
        return current == null ? null
                : current.stream().filter(t -> rowKey.equals(getRowKey(t))).findFirst().orElse(null);
    }
}
