package dev.portico.portal.ticket.list;

import dev.portico.portal.page.ListParam;
import dev.portico.portal.page.ListParams;
import dev.portico.portal.ticket.TicketView;
import dev.portico.psa.Permission;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The list page's URL contract (docs: TICKET-URLS) as typed {@link ListParam}s: {@link #parse} reads the GET
 * parameters into a {@link TicketFilter}, {@link #format} writes a filter back. A value that does not parse, or
 * names something unknown, is left out and reported in {@code rejected}, so the page can say so instead of failing.
 */
public final class TicketListParams {

    /** Search text longer than this cannot match a ConnectWise summary (100 characters) anyway. */
    static final int MAX_TEXT = 100;

    static final ListParam<String> TEXT = ListParam.text("q", MAX_TEXT);
    static final ListParam<String> NUMBER = ListParam.number("number");
    static final ListParam<StatusChoice> STATUS = ListParam.oneOf("status", StatusChoice::fromParam);
    static final ListParam<Long> STATUS_ID = ListParam.id("statusId");
    static final ListParam<String> CONTACT = ListParam.oneOf("contact",
            value -> TicketFilter.ME.equals(value) ? Optional.of(value) : id(value).map(String::valueOf));
    static final ListParam<Long> SITE = ListParam.id("site");
    static final ListParam<Long> PRIORITY = ListParam.id("priority");
    static final ListParam<YearMonth> CREATED = ListParam.month("created");
    static final ListParam<YearMonth> COMPLETED = ListParam.month("completed");
    static final ListParam<Boolean> WAITING = ListParam.flag("waiting", "reply");

    /** The filter, and the names of the parameters that were ignored, in the order they are read. */
    public record Parsed(TicketFilter filter, List<String> rejected) {
    }

    private TicketListParams() {
    }

    /**
     * @param requestTypes the configured request type keys ({@code type} must be one of them)
     * @param permissions  the user's, for views that need one (Waiting My Approval)
     */
    public static Parsed parse(Map<String, String> raw, Set<String> requestTypes, Set<Permission> permissions) {
        TicketFilter filter = new TicketFilter();
        ListParams params = ListParams.of(raw)
                .read(ListParam.oneOf("view", value -> TicketView.fromParam(value)
                        .filter(view -> view.requires().map(permissions::contains).orElse(true))), filter::setView)
                .read(TEXT, filter::setText)
                .read(NUMBER, filter::setNumber)
                .read(STATUS, filter::setStatus)
                .read(STATUS_ID, filter::setStatusId)
                .read(CONTACT, filter::setContact)
                .read(SITE, filter::setSiteId)
                .read(ListParam.oneOf("type", value -> Optional.of(value).filter(requestTypes::contains)),
                        filter::setType)
                .read(PRIORITY, filter::setPriorityId)
                .read(CREATED, month -> {
                    filter.setCreatedFrom(month.atDay(1));
                    filter.setCreatedTo(month.atEndOfMonth());
                })
                .read(COMPLETED, month -> {
                    filter.setCompletedFrom(month.atDay(1));
                    filter.setCompletedTo(month.atEndOfMonth());
                })
                .range("createdFrom", "createdTo", filter::setCreatedFrom, filter::setCreatedTo)
                .range("dueFrom", "dueTo", filter::setDueFrom, filter::setDueTo)
                .range("completedFrom", "completedTo", filter::setCompletedFrom, filter::setCompletedTo)
                .read(WAITING, filter::setWaitingReply);
        return new Parsed(filter, params.rejected());
    }

    /** The URL parameters that reproduce {@code filter} (blank ones left out), in a stable order. */
    public static Map<String, String> format(TicketFilter filter) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("view", filter.getView().param());
        params.put("q", TicketFilter.blankToNull(filter.getText()));
        params.put("number", filter.getNumber());
        params.put("status", filter.getStatus() == null ? null : filter.getStatus().getParam());
        params.put("statusId", text(filter.getStatusId()));
        params.put("contact", filter.getView() == TicketView.MINE ? null : filter.getContact());
        params.put("site", text(filter.getSiteId()));
        params.put("type", filter.getType());
        params.put("priority", text(filter.getPriorityId()));
        params.put("createdFrom", text(filter.getCreatedFrom()));
        params.put("createdTo", text(filter.getCreatedTo()));
        params.put("dueFrom", text(filter.getDueFrom()));
        params.put("dueTo", text(filter.getDueTo()));
        params.put("completedFrom", text(filter.getCompletedFrom()));
        params.put("completedTo", text(filter.getCompletedTo()));
        params.put("waiting", filter.isWaitingReply() ? "reply" : null);
        params.values().removeIf(Objects::isNull);
        return params;
    }

    /** A positive whole number such as a PSA id (kept for the ticket pages that read ids). */
    public static Optional<Long> id(String value) {
        return ListParam.parseId(value);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
