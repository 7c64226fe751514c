package dev.portico.sandbox.query;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the RFC 5988 {@code Link} header of a list answer, in ConnectWise's shape:
 * {@code <https://host/v4_6_release/apis/3.0/service/tickets?pageSize=25&page=2>; rel="next", ...}.
 * Navigable paging gives first/prev when not on page 1 and next/last when more pages follow; forward-only
 * paging gives only next, carrying {@code pageId}.
 */
public final class LinkHeader {

    private LinkHeader() {
    }

    /** Null when there is nothing to link to (a single page, or the last forward-only page). */
    public static String build(URI requestUri, ListResult result) {
        List<String> links = new ArrayList<>();
        if (result.forwardOnly()) {
            if (result.nextPageId() != null) {
                links.add(link(requestUri, "pageId", result.nextPageId(), result.pageSize(), "next"));
            }
        } else {
            int last = result.lastPage();
            int page = result.page();
            if (page > 1) {
                links.add(link(requestUri, "page", 1, result.pageSize(), "first"));
                links.add(link(requestUri, "page", Math.min(page - 1, last), result.pageSize(), "prev"));
            }
            if (page < last) {
                links.add(link(requestUri, "page", page + 1, result.pageSize(), "next"));
                links.add(link(requestUri, "page", last, result.pageSize(), "last"));
            }
        }
        return links.isEmpty() ? null : String.join(", ", links);
    }

    private static String link(URI uri, String param, int value, int pageSize, String rel) {
        return "<" + withParams(uri, param, value, pageSize) + ">; rel=\"" + rel + "\"";
    }

    /** Keeps every other query parameter exactly as sent (already encoded) and sets pageSize and the page. */
    static String withParams(URI uri, String param, int value, int pageSize) {
        StringBuilder query = new StringBuilder();
        String raw = uri.getRawQuery();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                if (name.isEmpty() || name.equalsIgnoreCase("page") || name.equalsIgnoreCase("pageId")
                        || name.equalsIgnoreCase("pageSize")) {
                    continue;
                }
                query.append(pair).append('&');
            }
        }
        query.append("pageSize=").append(pageSize).append('&').append(param).append('=').append(value);
        String base = uri.toString();
        int q = base.indexOf('?');
        return (q < 0 ? base : base.substring(0, q)) + "?" + query;
    }
}
