package dev.portico.portal.ticket.list;

import dev.portico.psa.DateRange;
import dev.portico.psa.PsaScope;
import dev.portico.psa.ticket.OpenState;
import dev.portico.psa.ticket.TicketQuery;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the ticket list shows: the view plus the search and filter choices, in the URL's terms
 * (docs: TICKET-URLS). Mutable so the search form and the column filters can change it; {@link #toQuery} turns
 * it into the connector's {@link TicketQuery}. The company scope is never part of it.
 */
public class TicketFilter implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String ME = "me";

    private TicketView view = TicketView.DEFAULT;
    private String text;
    private Long number;
    private StatusChoice status;
    private Long statusId;
    private String contact;
    private Long siteId;
    private String type;
    private Long priorityId;
    private LocalDate createdFrom;
    private LocalDate createdTo;
    private LocalDate dueFrom;
    private LocalDate dueTo;
    private LocalDate completedFrom;
    private LocalDate completedTo;
    private boolean waitingReply;

    public TicketFilter() {
    }

    public TicketFilter(TicketView view) {
        this.view = view;
    }

    /**
     * The connector query for this filter; empty when the filter can match nothing (such as a completed-date
     * range outside the last seven days on Recently Completed), so no PSA call is needed.
     *
     * @param today the user's current date, which Recently Completed counts back from
     */
    public Optional<TicketQuery> toQuery(PsaScope scope, ZoneId zone, LocalDate today) {
        TicketQuery.Builder query = TicketQuery.builder()
                .text(blankToNull(text))
                .ticketNumber(number == null ? null : number.toString())
                .openState(switch (view) {
                    case MINE, OPEN -> OpenState.OPEN;
                    case COMPLETED -> OpenState.CLOSED;
                    case APPROVAL, SEARCH -> OpenState.ANY;
                });
        if (status != null) {
            query.openState(status.state());
        }
        if (statusId != null) {
            query.statusIds(Set.of(statusId));
        }
        if (view == TicketView.MINE || ME.equals(contact)) {
            query.contactId(scope.contactId());
        } else if (contact != null) {
            query.contactId(Long.parseLong(contact));
        }
        query.siteId(siteId);
        if (type != null) {
            query.requestTypes(Set.of(type));
        }
        if (priorityId != null) {
            query.priorityIds(Set.of(priorityId));
        }
        query.created(range(createdFrom, createdTo, zone));
        query.due(range(dueFrom, dueTo, zone));
        DateRange completed = range(completedFrom, completedTo, zone);
        if (view == TicketView.COMPLETED) {
            Instant since = today.minusDays(TicketView.COMPLETED_DAYS).atStartOfDay(zone).toInstant();
            completed = intersect(completed, DateRange.since(since));
            if (completed == null) {
                return Optional.empty();
            }
        }
        query.completed(completed);
        query.waitingForMyApproval(view == TicketView.APPROVAL);
        query.awaitingMyReply(waitingReply);
        return Optional.of(query.build());
    }

    /** The URL parameters that reproduce this filter (blank ones left out), in a stable order. */
    public Map<String, String> toParams() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("view", view.param());
        params.put("q", blankToNull(text));
        params.put("number", number == null ? null : number.toString());
        params.put("status", status == null ? null : status.getParam());
        params.put("statusId", statusId == null ? null : statusId.toString());
        params.put("contact", view == TicketView.MINE ? null : contact);
        params.put("site", siteId == null ? null : siteId.toString());
        params.put("type", type);
        params.put("priority", priorityId == null ? null : priorityId.toString());
        params.put("createdFrom", text(createdFrom));
        params.put("createdTo", text(createdTo));
        params.put("dueFrom", text(dueFrom));
        params.put("dueTo", text(dueTo));
        params.put("completedFrom", text(completedFrom));
        params.put("completedTo", text(completedTo));
        params.put("waiting", waitingReply ? "reply" : null);
        params.values().removeIf(value -> value == null);
        return params;
    }

    /** True when a filter behind "Show more" is set, so the advanced panel opens by itself. */
    public boolean isAdvanced() {
        return number != null || statusId != null || contact != null && view != TicketView.MINE || siteId != null
                || type != null || priorityId != null || createdFrom != null || createdTo != null || dueFrom != null
                || dueTo != null || completedFrom != null || completedTo != null || waitingReply;
    }

    /** True when anything beyond the bare view is chosen. */
    public boolean isFiltered() {
        return blankToNull(text) != null || status != null || isAdvanced();
    }

    public TicketFilter copy() {
        TicketFilter copy = new TicketFilter(view);
        copy.text = text;
        copy.number = number;
        copy.status = status;
        copy.statusId = statusId;
        copy.contact = contact;
        copy.siteId = siteId;
        copy.type = type;
        copy.priorityId = priorityId;
        copy.createdFrom = createdFrom;
        copy.createdTo = createdTo;
        copy.dueFrom = dueFrom;
        copy.dueTo = dueTo;
        copy.completedFrom = completedFrom;
        copy.completedTo = completedTo;
        copy.waitingReply = waitingReply;
        return copy;
    }

    static DateRange range(LocalDate from, LocalDate to, ZoneId zone) {
        return from == null && to == null ? null : DateRange.days(from, to, zone);
    }

    /** Both ranges at once; null when they do not overlap. */
    static DateRange intersect(DateRange a, DateRange b) {
        if (a == null) {
            return b;
        }
        Instant from = later(a.from(), b.from());
        Instant until = a.until() == null ? b.until() : b.until() == null ? a.until()
                : a.until().isBefore(b.until()) ? a.until() : b.until();
        if (from != null && until != null && !until.isAfter(from)) {
            return null;
        }
        return new DateRange(from, until);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public TicketView getView() {
        return view;
    }

    public void setView(TicketView view) {
        this.view = view == null ? TicketView.DEFAULT : view;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = blankToNull(text);
    }

    public Long getNumber() {
        return number;
    }

    public void setNumber(Long number) {
        this.number = number;
    }

    public StatusChoice getStatus() {
        return status;
    }

    public void setStatus(StatusChoice status) {
        this.status = status;
    }

    public Long getStatusId() {
        return statusId;
    }

    public void setStatusId(Long statusId) {
        this.statusId = statusId;
    }

    public String getContact() {
        return contact;
    }

    /** {@code me}, a contact id, or null for anyone. */
    public void setContact(String contact) {
        if (contact != null && !ME.equals(contact) && !contact.matches("\\d{1,18}")) {
            throw new IllegalArgumentException("contact must be 'me' or a contact id");
        }
        this.contact = contact;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Long getPriorityId() {
        return priorityId;
    }

    public void setPriorityId(Long priorityId) {
        this.priorityId = priorityId;
    }

    public LocalDate getCreatedFrom() {
        return createdFrom;
    }

    public void setCreatedFrom(LocalDate createdFrom) {
        this.createdFrom = createdFrom;
    }

    public LocalDate getCreatedTo() {
        return createdTo;
    }

    public void setCreatedTo(LocalDate createdTo) {
        this.createdTo = createdTo;
    }

    public LocalDate getDueFrom() {
        return dueFrom;
    }

    public void setDueFrom(LocalDate dueFrom) {
        this.dueFrom = dueFrom;
    }

    public LocalDate getDueTo() {
        return dueTo;
    }

    public void setDueTo(LocalDate dueTo) {
        this.dueTo = dueTo;
    }

    public LocalDate getCompletedFrom() {
        return completedFrom;
    }

    public void setCompletedFrom(LocalDate completedFrom) {
        this.completedFrom = completedFrom;
    }

    public LocalDate getCompletedTo() {
        return completedTo;
    }

    public void setCompletedTo(LocalDate completedTo) {
        this.completedTo = completedTo;
    }

    public boolean isWaitingReply() {
        return waitingReply;
    }

    public void setWaitingReply(boolean waitingReply) {
        this.waitingReply = waitingReply;
    }
}
