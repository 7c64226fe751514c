package dev.portico.portal.home;

import dev.portico.portal.config.ConfigLookup;
import dev.portico.psa.ticket.Ticket;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * How Home shows tickets: dates in the portal's time zone, and a status badge colour that tells at a glance
 * which tickets wait for the customer (the connector's "waiting" status lists decide).
 */
@Named
@ApplicationScoped
public class HomeFormat {

    static final String WAITING_APPROVAL = "psa.ticket.status.waiting-approval";
    static final String WAITING_CUSTOMER = "psa.ticket.status.waiting-customer";

    @Inject
    Config config;

    private ZoneId zone;
    private Set<String> waiting;

    @PostConstruct
    void init() {
        ConfigLookup lookup = ConfigLookup.of(config);
        zone = HomeSettings.from(lookup).zone();
        waiting = names(lookup.string(WAITING_APPROVAL, "Waiting Customer Approval") + ","
                + lookup.string(WAITING_CUSTOMER, "Waiting Customer"));
    }

    public String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(instant.atZone(zone));
    }

    /** {@code waiting}, {@code closed}, {@code new} or {@code active}: the badge's CSS modifier. */
    public String statusKind(Ticket ticket) {
        return statusKind(ticket, waiting);
    }

    static String statusKind(Ticket ticket, Set<String> waitingStatuses) {
        if (ticket.status() == null) {
            return "active";
        }
        String name = ticket.status().name().toLowerCase(Locale.ROOT);
        if (ticket.closed() || ticket.status().closed()) {
            return "closed";
        }
        if (waitingStatuses.contains(name)) {
            return "waiting";
        }
        return "new".equals(name) ? "new" : "active";
    }

    static Set<String> names(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
