package dev.portico.portal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.portal.ticket.TicketMenu;
import dev.portico.psa.Permission;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
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

    @Test
    void aChildIsCurrentOnlyOnItsPageWithItsQuery() {
        MenuEntry mine = MenuEntry.forEveryone("mine", "ticket.view.mine", "/tickets/list.xhtml?view=mine",
                "pi pi-user", 0);
        MenuEntry newTicket = MenuEntry.forEveryone("new", "ticket.new.button", "/tickets/new.xhtml", "pi pi-plus", 0);

        assertTrue(mine.currentFor("/tickets/list.xhtml", Map.of("view", "mine", "q", "printer")));
        assertFalse(mine.currentFor("/tickets/list.xhtml", Map.of("view", "open")));
        assertFalse(mine.currentFor("/tickets/list.xhtml", Map.of()));
        assertFalse(mine.currentFor("/tickets/new.xhtml", Map.of("view", "mine")));
        assertFalse(mine.currentFor(null, Map.of()));
        assertTrue(newTicket.currentFor("/tickets/new.xhtml", Map.of()));
        assertTrue(mine.activeFor("/tickets/ticket.xhtml"), "a query does not change the section");
    }

    @Test
    void childrenAreShownOnlyWithTheirOwnPermission() {
        MenuEntry reports = MenuEntry.forEveryone("reports", "menu.reports", "/reports/index.xhtml", "pi pi-chart", 20)
                .withChildren(List.of(
                        MenuEntry.forEveryone("usage", "reports.usage", "/reports/usage.xhtml", "pi pi-chart", 0),
                        MenuEntry.requiring(Permission.VIEW_FINANCE, "invoices", "reports.invoices",
                                "/reports/invoices.xhtml", "pi pi-money-bill", 0),
                        MenuEntry.requiring(Permission.APPROVE_TICKETS, "approvals", "reports.approvals",
                                "/reports/approvals.xhtml", "pi pi-thumbs-up", 0)));
        MenuEntry admin = MenuEntry.requiring(Permission.MANAGE_CONTACTS, "admin", "menu.admin", "/admin.xhtml",
                "pi pi-cog", 5).withChildren(List.of(
                        MenuEntry.forEveryone("contacts", "admin.contacts", "/admin/contacts.xhtml", "pi pi-users", 0)));
        MenuEntry home = MenuEntry.forEveryone("home", "menu.home", "/home.xhtml", "pi pi-home", 0);

        List<MenuEntry> financeUser = Menu.visible(Stream.of(reports, admin, home),
                EnumSet.of(Permission.VIEW_FINANCE)::contains);
        assertEquals(List.of("home", "reports"), financeUser.stream().map(MenuEntry::id).toList());
        assertEquals(List.of("usage", "invoices"), childIds(financeUser.get(1)));
        assertTrue(financeUser.get(0).children().isEmpty());

        List<MenuEntry> manager = Menu.visible(Stream.of(reports, admin, home),
                EnumSet.of(Permission.MANAGE_CONTACTS, Permission.APPROVE_TICKETS)::contains);
        assertEquals(List.of("home", "admin", "reports"), manager.stream().map(MenuEntry::id).toList());
        assertEquals(List.of("contacts"), childIds(manager.get(1)));
        assertEquals(List.of("usage", "approvals"), childIds(manager.get(2)));

        assertEquals(Optional.empty(), admin.visibleTo(permission -> false));
    }

    @Test
    void theTicketsMenuOffersTheListsAndNewTicketPerPermission() {
        MenuEntry tickets = new TicketMenu().menuEntries().get(0);

        MenuEntry everything = tickets.visibleTo(EnumSet.allOf(Permission.class)::contains).orElseThrow();
        assertEquals(List.of("mine", "open", "completed", "approval", "search", "new"), childIds(everything));
        assertEquals(List.of("/tickets/list.xhtml?view=mine", "/tickets/list.xhtml?view=open",
                "/tickets/list.xhtml?view=completed", "/tickets/list.xhtml?view=approval",
                "/tickets/list.xhtml?view=search", "/tickets/new.xhtml"),
                everything.children().stream().map(MenuEntry::viewId).toList());
        assertEquals("ticket.view.approval", everything.children().get(3).labelKey());

        Set<Permission> readOnly = EnumSet.of(Permission.VIEW_COMPANY_TICKETS);
        MenuEntry reader = tickets.visibleTo(readOnly::contains).orElseThrow();
        assertEquals(List.of("mine", "open", "completed", "search"), childIds(reader));

        MenuEntry creator = tickets.visibleTo(EnumSet.of(Permission.CREATE_TICKETS)::contains).orElseThrow();
        assertEquals(List.of("mine", "open", "completed", "search", "new"), childIds(creator));
    }

    private static List<String> childIds(MenuEntry entry) {
        return entry.children().stream().map(MenuEntry::id).toList();
    }
}
