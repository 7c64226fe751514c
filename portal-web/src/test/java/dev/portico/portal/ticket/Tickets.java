package dev.portico.portal.ticket;

import dev.portico.psa.Ref;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketStatus;
import java.time.Instant;
import java.util.List;

/** Ticket records for tests. */
public final class Tickets {

    private Tickets() {
    }

    public static Ticket ticket(long id, String summary) {
        return new Ticket(id, summary, new TicketStatus(11, "In Progress", "In progress", false), "incident",
                new Ref(21, "Incident"), new Ref(33, "Priority 3 - Medium"), "Medium", "Low", new Ref(250, "Contoso"),
                new Ref(801, "Ava Admin"), "ava@contoso.example", "+1 206", new Ref(1001, "Head Office"),
                Instant.parse("2025-05-02T09:30:00Z"), Instant.parse("2025-05-03T10:00:00Z"), null, null, false,
                null, null, List.of());
    }
}
