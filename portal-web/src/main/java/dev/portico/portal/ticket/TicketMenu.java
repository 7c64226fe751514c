package dev.portico.portal.ticket;

import dev.portico.portal.shell.MenuContribution;
import dev.portico.portal.shell.MenuEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The "Tickets" entry of the main menu. Every signed-in user has one: the connector shows users without
 * {@code VIEW_COMPANY_TICKETS} their own tickets only. The ticket views and New Ticket are the section's own
 * navigation ({@code /WEB-INF/includes/tickets/nav.xhtml}).
 */
@ApplicationScoped
public class TicketMenu implements MenuContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(MenuEntry.forEveryone("tickets", "menu.tickets", "/tickets/list.xhtml", "pi pi-ticket", 10));
    }
}
