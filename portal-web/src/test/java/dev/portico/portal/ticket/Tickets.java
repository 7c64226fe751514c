package dev.portico.portal.ticket;

import dev.portico.psa.PsaCapabilities;
import dev.portico.psa.Ref;
import dev.portico.psa.ticket.StatusKind;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Ticket records and PSA capabilities for tests. */
public final class Tickets {

    private Tickets() {
    }

    public static Ticket ticket(long id, String summary) {
        return new Ticket(id, String.valueOf(id), summary, new TicketStatus(11, "In Progress", "In progress",
                StatusKind.IN_PROGRESS), "incident",
                new Ref(21, "Incident"), new Ref(33, "Priority 3 - Medium"), "Medium", "Low", new Ref(250, "Contoso"),
                new Ref(801, "Ava Admin"), "ava@contoso.example", "+1 206", new Ref(1001, "Head Office"),
                Instant.parse("2025-05-02T09:30:00Z"), Instant.parse("2025-05-03T10:00:00Z"), null, null, false,
                null, null, "The printer is offline", List.of());
    }

    /** Every capability on ({@code true}) or off, with a 25 MB attachment limit. */
    public static PsaCapabilities capabilities(boolean on) {
        return capabilities(on, 25L * 1024 * 1024);
    }

    public static PsaCapabilities capabilities(boolean on, long attachmentMaxBytes) {
        return new PsaCapabilities(on, on, on, Set.of(), PsaCapabilities.Paging.PAGE_JUMP, on,
                PsaCapabilities.DocumentFormat.PDF, attachmentMaxBytes, 3);
    }

    public static TicketFeatures features(boolean on) {
        return TicketFeatures.of(capabilities(on));
    }
}
