package dev.portico.portal.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.psa.Ref;
import dev.portico.psa.ticket.StatusKind;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketStatus;
import java.util.Optional;
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
        assertEquals("waiting", HomeFormat.badge(ticket(StatusKind.WAITING_FOR_CUSTOMER, false)));
        assertEquals("waiting", HomeFormat.badge(ticket(StatusKind.WAITING_FOR_APPROVAL, false)));
        assertEquals("new", HomeFormat.badge(ticket(StatusKind.NEW, false)));
        assertEquals("active", HomeFormat.badge(ticket(StatusKind.IN_PROGRESS, false)));
        assertEquals("closed", HomeFormat.badge(ticket(StatusKind.COMPLETED, true)));
        assertEquals("closed", HomeFormat.badge(ticket(StatusKind.IN_PROGRESS, true)), "the ticket's closed flag wins");
    }

    private static Ticket ticket(StatusKind kind, boolean closed) {
        return new Ticket(1, "T20250101.0001", "Printer", new TicketStatus(5, "PSA name", "Label", kind), "incident",
                new Ref(1, "Incident"), null, null, null, new Ref(250, "Contoso"), null, null, null, null, null, null,
                null, null, closed, null, null, null, null);
    }
}
