package dev.portico.portal.home;

import dev.portico.portal.page.HomeDestination;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The ticket-list URLs the dashboard's numbers, bars and slices open (the list page's URL contract): each one
 * names the same filter the number was counted with, plus the site chosen under "View data for". The pages are
 * the ones the ticket feature contributes ({@link HomeDestinations}); a link to a page nobody contributes is null.
 *
 * @param list      the ticket list's URL ({@link HomeDestination#TICKETS}), or null
 * @param ticket    one ticket's page ({@link HomeDestination#TICKET}, {@code ?id=} is added), or null
 * @param newTicket New Ticket ({@link HomeDestination#NEW_TICKET}), or null
 * @param siteId    the site the dashboard shows, or null for all sites
 */
public record DrillLinks(String list, String ticket, String newTicket, Long siteId) implements Serializable {

    /** The links to the pages contributed to this user's Home. */
    public static DrillLinks of(HomeDestinations destinations, Long siteId) {
        return new DrillLinks(destinations.url(HomeDestination.TICKETS), destinations.url(HomeDestination.TICKET),
                destinations.url(HomeDestination.NEW_TICKET), siteId);
    }

    /** Open tickets of the company (or the user's own, for users who see only those). */
    public String open() {
        return list("open");
    }

    /** Open tickets with me as the contact. */
    public String mine() {
        return list("mine");
    }

    public String waitingMyApproval() {
        return list("approval");
    }

    /** Open tickets in a "waiting for the customer" status with me as the contact. */
    public String awaitingMyReply() {
        return list("open", "waiting", "reply");
    }

    public String createdIn(YearMonth month) {
        return list("search", "created", month.toString());
    }

    public String completedIn(YearMonth month) {
        return list("search", "completed", month.toString());
    }

    public String createdIn(Year year) {
        return list("search", "createdFrom", year.atDay(1).toString(),
                "createdTo", year.atMonth(12).atEndOfMonth().toString());
    }

    /** Open tickets of one request type (the connector's request type key). */
    public String openOfType(String requestTypeKey) {
        return requestTypeKey == null ? open() : list("open", "type", requestTypeKey);
    }

    /** Ticket search by text; not narrowed to the chosen site, as a search is meant to find anything. */
    public String search(String text) {
        return link(list, List.of("view", "search", "q", text));
    }

    /** The tickets with this number (as the PSA shows it), when more than one could be meant. */
    public String number(String number) {
        return link(list, List.of("view", "search", "number", number));
    }

    public String ticket(long id) {
        return link(ticket, List.of("id", Long.toString(id)));
    }

    public String newTicket() {
        return link(newTicket, siteId == null ? List.of() : List.of("site", siteId.toString()));
    }

    private String list(String view, String... filters) {
        List<String> pairs = new ArrayList<>(List.of("view", view));
        pairs.addAll(List.of(filters));
        if (siteId != null) {
            pairs.addAll(List.of("site", siteId.toString()));
        }
        return link(list, pairs);
    }

    private static String link(String page, List<String> pairs) {
        return page == null ? null : page + query(pairs);
    }

    private static String query(List<String> pairs) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i + 1 < pairs.size(); i += 2) {
            query.append(query.isEmpty() ? '?' : '&').append(encode(pairs.get(i))).append('=')
                    .append(encode(pairs.get(i + 1)));
        }
        return query.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
