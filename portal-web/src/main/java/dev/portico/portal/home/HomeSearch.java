package dev.portico.portal.home;

import dev.portico.portal.security.CurrentUser;
import dev.portico.psa.PageRequest;
import dev.portico.psa.Sort;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketGateway;
import dev.portico.psa.ticket.TicketQuery;
import dev.portico.psa.ticket.TicketSortField;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** Home's search box: a ticket number opens that ticket, any other text the ticket search ({@link SearchTarget}). */
@Named
@RequestScoped
public class HomeSearch {

    @Inject
    TicketGateway tickets;

    @Inject
    CurrentUser currentUser;

    @Inject
    HomeDestinations destinations;

    private String text;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public void go() {
        Optional<String> target = SearchTarget.of(text, DrillLinks.of(destinations, null), this::ticketIds);
        if (target.isPresent()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            try {
                external.redirect(target.get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private List<Long> ticketIds(String number) {
        TicketQuery query = TicketQuery.builder().ticketNumber(number).build();
        return tickets.search(currentUser.scope(), query, PageRequest.first(2), Sort.desc(TicketSortField.NUMBER))
                .items().stream().map(Ticket::id).toList();
    }
}
