package dev.portico.portal.ticket;

import dev.portico.portal.shell.MenuContribution;
import dev.portico.portal.shell.MenuEntry;
import dev.portico.psa.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The "Tickets" entry of the main menu, with the ticket lists and New Ticket as its drop-down. Every signed-in
 * user has it: the connector shows users without {@code VIEW_COMPANY_TICKETS} their own tickets only. The ticket
 * pages keep their own tab bar ({@code /WEB-INF/includes/tickets/nav.xhtml}) with the same lists.
 */
@ApplicationScoped
public class TicketMenu implements MenuContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        Stream<MenuEntry> lists = Arrays.stream(TicketView.values())
                .map(view -> new MenuEntry(view.param(), view.getLabelKey(),
                        TicketLinks.LIST + TicketLinks.query(Map.of("view", view.param())),
                        view.getIcon(), 0, view.requires()));
        MenuEntry newTicket = new MenuEntry("new", "ticket.new.button", TicketLinks.NEW, "pi pi-plus", 0,
                Optional.of(Permission.CREATE_TICKETS));
        return List.of(MenuEntry.forEveryone("tickets", "menu.tickets", TicketLinks.LIST, "pi pi-ticket", 10)
                .withChildren(Stream.concat(lists, Stream.of(newTicket)).toList()));
    }
}
