package dev.portico.portal.ticket;

import dev.portico.portal.security.CurrentUser;
import dev.portico.psa.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Links into the ticket section for any page ({@code #{ticketLinks.newTicket}}, {@code #{ticketLinks.list('mine')}}),
 * following docs/TICKET-URLS: the Home page and other features link here instead of building URLs themselves.
 */
@Named
@RequestScoped
public class TicketLinks {

    public static final String LIST = "/tickets/list.xhtml";
    public static final String TICKET = "/tickets/ticket.xhtml";
    public static final String NEW = "/tickets/new.xhtml";

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentUser currentUser;

    /** Whether the signed-in user may raise tickets (show New Ticket buttons only then). */
    public boolean isCanCreate() {
        return currentUser.may(Permission.CREATE_TICKETS);
    }

    public String getNewTicket() {
        return request.getContextPath() + NEW;
    }

    /** A ticket list: {@code view} is mine, open, completed, approval or search. */
    public String list(String view) {
        return request.getContextPath() + LIST + query(Map.of("view", TicketView.fromParam(view)
                .orElse(TicketView.DEFAULT).param()));
    }

    /** The ticket lists the signed-in user may open, for the section's navigation. */
    public List<TicketView> getViews() {
        return Arrays.stream(TicketView.values())
                .filter(view -> view.requires().map(currentUser::may).orElse(true)).toList();
    }

    public String viewUrl(TicketView view) {
        return list(view.param());
    }

    public String ticket(long id) {
        return request.getContextPath() + TICKET + "?id=" + id;
    }

    /** A path with query parameters, blank values left out (e.g. {@code /tickets/list.xhtml?view=open&q=printer}). */
    public static String query(Map<String, String> parameters) {
        String joined = parameters.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return joined.isEmpty() ? "" : "?" + joined;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
