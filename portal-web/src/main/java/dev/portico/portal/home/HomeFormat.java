package dev.portico.portal.home;

import dev.portico.portal.shell.PortalLocales;
import dev.portico.psa.ticket.StatusKind;
import dev.portico.psa.ticket.Ticket;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;

/**
 * How Home shows tickets: dates in the portal's time zone and the page's language, counts with its grouping, and a status badge colour that tells at a glance
 * which tickets wait for the customer (the status's kind decides).
 */
@Named
@ApplicationScoped
public class HomeFormat {

    @Inject
    HomeConfig config;

    private ZoneId zone;

    @PostConstruct
    void init() {
        zone = config.settings().zone();
    }

    public String date(Instant instant) {
        return PortalLocales.date(instant, zone, PortalLocales.current());
    }

    /** A count with the page's language's grouping ({@code 12,345}, {@code 12.345}). */
    public String number(Number value) {
        return PortalLocales.number(value, PortalLocales.current());
    }

    /** {@code waiting}, {@code closed}, {@code new} or {@code active}: the badge's CSS modifier. */
    public String statusKind(Ticket ticket) {
        return badge(ticket);
    }

    static String badge(Ticket ticket) {
        if (ticket.closed()) {
            return "closed";
        }
        if (ticket.status() == null) {
            return "active";
        }
        StatusKind kind = ticket.status().kind();
        return switch (kind) {
            case COMPLETED -> "closed";
            case WAITING_FOR_CUSTOMER, WAITING_FOR_APPROVAL -> "waiting";
            case NEW -> "new";
            case IN_PROGRESS -> "active";
        };
    }
}
