package dev.portico.portal.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.psa.Permission;
import org.junit.jupiter.api.Test;

class MenuEntryTest {

    @Test
    void anEntryIsActiveOnItsPageAndOnEveryPageOfItsSection() {
        MenuEntry tickets = MenuEntry.requiring(Permission.CREATE_TICKETS, "tickets", "menu.tickets",
                "/tickets/list.xhtml", "pi pi-ticket", 10);
        MenuEntry home = MenuEntry.forEveryone("home", "menu.home", "/home.xhtml", "pi pi-home", 0);

        assertTrue(tickets.activeFor("/tickets/list.xhtml"));
        assertTrue(tickets.activeFor("/tickets/detail.xhtml"));
        assertFalse(tickets.activeFor("/home.xhtml"));
        assertTrue(home.activeFor("/home.xhtml"));
        assertTrue(home.activeFor("/home/widgets.xhtml"));
        assertFalse(home.activeFor("/account.xhtml"));
        assertFalse(home.activeFor(null));
    }
}
