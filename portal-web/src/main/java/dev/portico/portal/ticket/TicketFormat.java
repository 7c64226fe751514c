package dev.portico.portal.ticket;

import dev.portico.portal.shell.PortalLocales;
import dev.portico.psa.Ref;
import dev.portico.psa.reference.Priority;
import dev.portico.psa.reference.ReferenceDataGateway;
import dev.portico.psa.ticket.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Formats ticket values for the views ({@code #{ticketFormat.dateTime(ticket.createdAt())}}) in the portal's
 * time zone and the page's language (one format per language, {@link PortalLocales}), and names the CSS
 * modifiers of status and priority badges.
 */
@Named
@ApplicationScoped
public class TicketFormat {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    @Inject
    TicketConfig config;

    @Inject
    ReferenceDataGateway reference;

    /** Medium date in the page's language ({@code 2 May 2025}, {@code 02.05.2025}). */
    public String date(Instant instant) {
        return PortalLocales.date(instant, config.settings().zone(), PortalLocales.current());
    }

    /** Medium date and short time in the page's language ({@code 2 May 2025, 10:30}, {@code 02.05.2025, 10:30}). */
    public String dateTime(Instant instant) {
        return PortalLocales.dateTime(instant, config.settings().zone(), PortalLocales.current());
    }

    /** A count with the page's language's grouping ({@code 12,345}, {@code 12.345}). */
    public String number(Number value) {
        return PortalLocales.number(value, PortalLocales.current());
    }

    /** For {@code <time datetime="...">}. */
    public String isoDate(Instant instant) {
        return instant == null ? "" : ISO_DATE.format(instant.atZone(config.settings().zone()));
    }

    public String name(Ref ref) {
        return ref == null ? "" : ref.name();
    }

    /** 2.4 MB, 830 KB, 12 bytes; empty when unknown. */
    public String fileSize(long bytes) {
        if (bytes < 0) {
            return "";
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(PortalLocales.formatting(PortalLocales.current()), "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** {@code closed}, {@code approval}, {@code waiting}, {@code new} or {@code open}. */
    public String statusKind(TicketStatus status) {
        return badge(status);
    }

    static String badge(TicketStatus status) {
        if (status == null) {
            return "open";
        }
        return switch (status.kind()) {
            case COMPLETED -> "closed";
            case WAITING_FOR_APPROVAL -> "approval";
            case WAITING_FOR_CUSTOMER -> "waiting";
            case NEW -> "new";
            case IN_PROGRESS -> "open";
        };
    }

    /** 1 (most urgent) to 4 by the PSA's priority order, 0 when unknown. */
    public int priorityLevel(Ref priority) {
        if (priority == null) {
            return 0;
        }
        int rank = 0;
        for (Priority known : reference.priorities().stream()
                .sorted(java.util.Comparator.comparingInt(Priority::sortOrder)).toList()) {
            rank++;
            if (known.id() == priority.id()) {
                return Math.min(rank, 4);
            }
        }
        return 0;
    }
}
