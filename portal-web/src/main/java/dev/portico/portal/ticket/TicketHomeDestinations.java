package dev.portico.portal.ticket;

import dev.portico.portal.page.HomeDestination;
import dev.portico.portal.page.HomeDestinationContribution;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaScope;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Home's links into the ticket pages: the ticket list (its figures and charts), one ticket, and New Ticket. */
@ApplicationScoped
public class TicketHomeDestinations implements HomeDestinationContribution {

    @Override
    public List<HomeDestination> homeDestinations(PsaScope scope) {
        return List.of(HomeDestination.forEveryone(HomeDestination.TICKETS, TicketLinks.LIST),
                HomeDestination.forEveryone(HomeDestination.TICKET, TicketLinks.TICKET),
                HomeDestination.requiring(Permission.CREATE_TICKETS, HomeDestination.NEW_TICKET, TicketLinks.NEW));
    }
}
