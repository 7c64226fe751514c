package dev.portico.portal.home;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The ticket-list URLs the dashboard's numbers, bars and slices open (the list page's URL contract): each one
 * names the same filter the number was counted with, plus the site chosen under "View data for".
 *
 * @param contextPath the portal's context path ("" at the root)
 * @param siteId      the site the dashboard shows, or null for all sites
 */
public record DrillLinks(String contextPath, Long siteId) implements Serializable {

    public static final String LIST = "/tickets/list.xhtml";
    public static final String TICKET = "/tickets/ticket.xhtml";
    public static final String NEW_TICKET = "/tickets/new.xhtml";

    public DrillLinks {
        contextPath = contextPath == null ? "" : contextPath;
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
        return contextPath + LIST + query(List.of("view", "search", "q", text));
    }

    public String ticket(long id) {
        return contextPath + TICKET + query(List.of("id", Long.toString(id)));
    }

    public String newTicket() {
        return contextPath + NEW_TICKET + query(siteId == null ? List.of() : List.of("site", siteId.toString()));
    }

    private String list(String view, String... filters) {
        List<String> pairs = new ArrayList<>(List.of("view", view));
        pairs.addAll(List.of(filters));
        if (siteId != null) {
            pairs.addAll(List.of("site", siteId.toString()));
        }
        return contextPath + LIST + query(pairs);
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
