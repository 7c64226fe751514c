package dev.portico.portal.ticket.list;

import dev.portico.portal.page.PagedListModel;
import dev.portico.portal.security.CurrentUser;
import dev.portico.portal.ticket.CompanyContacts;
import dev.portico.portal.ticket.TicketConfig;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaCapabilities;
import dev.portico.psa.PsaScope;
import dev.portico.psa.reference.ReferenceDataGateway;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketGateway;
import dev.portico.psa.ticket.TicketSortField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Builds a ticket list from its URL parameters for the signed-in user: the filter, the drop-down choices, and
 * the rows' source and table model, which sort and page as the PSA's {@link PsaCapabilities} allow.
 */
@ApplicationScoped
public class TicketListSetup {

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
    PsaCapabilities capabilities;

    /**
     * One list as a page view shows it.
     *
     * @param filter        the list's live filter, shared with the source (the column filters change it)
     * @param ownTicketsOnly the user sees only their own tickets (no VIEW_COMPANY_TICKETS); the page says so
     * @param rejected      the parameters that were ignored, for the page to say so
     */
    public record Loaded(TicketFilter filter, FilterOptions options, TicketSource source,
            PagedListModel<Ticket, TicketSortField> model, boolean ownTicketsOnly, List<String> rejected)
            implements Serializable {
    }

    /** @param params the page's GET parameters (docs: TICKET-URLS) */
    public Loaded load(Map<String, String> params) {
        PsaScope scope = currentUser.scope();
        FilterOptions options = new FilterOptions(reference, scope,
                currentUser.may(Permission.VIEW_COMPANY_TICKETS) ? contacts : null);
        TicketListParams.Parsed parsed = TicketListParams.parse(params, options.requestTypeKeys(),
                currentUser.permissions());
        TicketSource source = new TicketSource(tickets, scope, parsed.filter(), Clock.system(config.settings().zone()));
        return new Loaded(parsed.filter(), options, source, source.model(capabilities), scope.restrictedToOwnTickets(),
                parsed.rejected());
    }
}
