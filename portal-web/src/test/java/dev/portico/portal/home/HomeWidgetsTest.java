package dev.portico.portal.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.psa.Ref;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketStatus;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HomeWidgetsTest {

    @Test
    void widgetsKnowTheirWidthAndTheOldWideFlagStillWorks() {
        HomeWidget wide = new HomeWidget("a", "/a.xhtml", 1, true, Optional.empty());
        HomeWidget narrow = new HomeWidget("b", "/b.xhtml", 1, false, Optional.empty());
        HomeWidget twoThirds = new HomeWidget("c", "/c.xhtml", 1, HomeWidget.Width.TWO_THIRDS, Optional.empty());

        assertTrue(wide.isWide());
        assertEquals("portal-widget--full", wide.getWidthClass());
        assertFalse(narrow.isWide());
        assertEquals("portal-widget--third", narrow.getWidthClass());
        assertEquals("portal-widget--two-thirds", twoThirds.getWidthClass());
        assertEquals("widget-c", twoThirds.getId());
    }

    @Test
    void statusBadgesShowWhatWaitsForTheCustomer() {
        Set<String> waiting = HomeFormat.names("Waiting Customer Approval, Waiting Customer");

        assertEquals("waiting", HomeFormat.statusKind(ticket("Waiting Customer", false), waiting));
        assertEquals("new", HomeFormat.statusKind(ticket("New", false), waiting));
        assertEquals("active", HomeFormat.statusKind(ticket("In Progress", false), waiting));
        assertEquals("closed", HomeFormat.statusKind(ticket("Resolved", true), waiting));
    }

    private static Ticket ticket(String status, boolean closed) {
        return new Ticket(1, "Printer", new TicketStatus(5, status, status, closed), "incident", new Ref(1, "Incident"),
                null, null, null, new Ref(250, "Contoso"), null, null, null, null, null, null, null, null, closed, null,
                null, null);
    }
}
