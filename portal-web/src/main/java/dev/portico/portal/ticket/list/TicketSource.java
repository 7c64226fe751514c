package dev.portico.portal.ticket.list;

import dev.portico.portal.ticket.TicketView;
import dev.portico.portal.page.ListChunk;
import dev.portico.portal.page.ListRequest;
import dev.portico.portal.page.ListSource;
import dev.portico.portal.page.PagedListModel;
import dev.portico.psa.PsaCapabilities;
import dev.portico.psa.PsaScope;
import dev.portico.psa.Sort;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketGateway;
import dev.portico.psa.ticket.TicketQuery;
import dev.portico.psa.ticket.TicketSortField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The ticket list's rows: each page is one {@link TicketGateway#search} (which fetches the page and its count in
 * parallel) for the list's live {@link TicketFilter}. The table's column filters arrive through that filter
 * ({@link ColumnFilters}), so the request's own filter values are not read here.
 */
public class TicketSource implements ListSource<Ticket, TicketSortField> {

    private static final long serialVersionUID = 1L;

    private final TicketGateway gateway;
    private final PsaScope scope;
    private final TicketFilter filter;
    private final Clock clock;
    private boolean matchesNothing;

    /**
     * @param filter the list's live filter (shared with the page); read on every load
     * @param clock  in the user's time zone: Recently Completed counts back from its date
     */
    public TicketSource(TicketGateway gateway, PsaScope scope, TicketFilter filter, Clock clock) {
        this.gateway = Objects.requireNonNull(gateway);
        this.scope = Objects.requireNonNull(scope);
        this.filter = Objects.requireNonNull(filter);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The column keys that name a sort field (the PSA's capabilities then decide which are offered). */
    public static Map<String, TicketSortField> sortKeys() {
        return Arrays.stream(TicketColumn.values()).filter(TicketColumn::isSortable)
                .collect(Collectors.toMap(TicketColumn::getKey, c -> c.sortField().orElseThrow()));
    }

    /**
     * The list's table model over this source: the columns sort and the paginator pages exactly as the PSA's
     * {@code capabilities} allow (see {@link PagedListModel}).
     */
    public PagedListModel<Ticket, TicketSortField> model(PsaCapabilities capabilities) {
        return new PagedListModel<>(this, ticket -> String.valueOf(ticket.id()), sortKeys(),
                defaultSort(filter.getView()), capabilities);
    }

    /** Newest first; Recently Completed by completion date. */
    public static Sort<TicketSortField> defaultSort(TicketView view) {
        return view == TicketView.COMPLETED ? Sort.desc(TicketSortField.COMPLETED) : Sort.desc(TicketSortField.NUMBER);
    }

    @Override
    public ListChunk<Ticket> fetch(ListRequest<TicketSortField> request) {
        Optional<TicketQuery> query = query();
        return query.isEmpty() ? ListChunk.empty()
                : ListChunk.of(gateway.search(scope, query.get(), request.page(), request.sort()));
    }

    /** The connector query of the list as it stands; empty when it cannot match anything. */
    public Optional<TicketQuery> query() {
        return matchesNothing ? Optional.empty() : filter.toQuery(scope, clock.getZone(), LocalDate.now(clock));
    }

    /** Set by a column filter that can never match (such as a word in the number filter). */
    public void setMatchesNothing(boolean matchesNothing) {
        this.matchesNothing = matchesNothing;
    }

    public TicketGateway gateway() {
        return gateway;
    }

    public TicketFilter filter() {
        return filter;
    }

    public PsaScope scope() {
        return scope;
    }
}
