package dev.portico.portal.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.psa.ticket.StatusKind;
import dev.portico.psa.ticket.TicketStatus;
import org.junit.jupiter.api.Test;

class TicketFormatTest {

    private static TicketStatus status(String name, StatusKind kind) {
        return new TicketStatus(1, name, null, kind);
    }

    @Test
    void badgesFollowTheStatusKindNotItsName() {
        assertEquals("approval", TicketFormat.badge(status("Needs sign-off", StatusKind.WAITING_FOR_APPROVAL)));
        assertEquals("waiting", TicketFormat.badge(status("Pending", StatusKind.WAITING_FOR_CUSTOMER)));
        assertEquals("new", TicketFormat.badge(status("Fresh", StatusKind.NEW)));
        assertEquals("open", TicketFormat.badge(status("New", StatusKind.IN_PROGRESS)), "the name does not count");
        assertEquals("closed", TicketFormat.badge(status("Complete", StatusKind.COMPLETED)));
        assertEquals("open", TicketFormat.badge(null));
    }

    @Test
    void theLabelFallsBackToTheName() {
        assertEquals("Pending", status("Pending", StatusKind.WAITING_FOR_CUSTOMER).label());
    }
}
