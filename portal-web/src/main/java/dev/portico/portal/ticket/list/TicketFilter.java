package dev.portico.portal.ticket.list;

import dev.portico.portal.ticket.TicketView;
import dev.portico.psa.PsaScope;
import dev.portico.psa.ticket.TicketQuery;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * What the ticket list shows: the view plus the search and filter choices, in the URL's terms
 * (docs: TICKET-URLS). Mutable so the search form and the column filters can change it; {@link #toQuery} turns
 * it into the connector's {@link TicketQuery}. The company scope is never part of it.
 */
public class TicketFilter extends DateCriteria implements Serializable, Cloneable {

    private static final long serialVersionUID = 1L;
    public static final String ME = "me";

    private TicketView view = TicketView.DEFAULT;
    private String text;
    private String number;
    private StatusChoice status;
    private Long statusId;
    private String contact;
    private Long siteId;
    private String type;
    private Long priorityId;
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
        return TicketQueries.of(this, scope, zone, today);
    }

    /** The URL parameters that reproduce this filter (blank ones left out), in a stable order. */
    public Map<String, String> toParams() {
        return TicketListParams.format(this);
    }

    /** True when a filter behind "Show more" is set, so the advanced panel opens by itself. */
    public boolean isAdvanced() {
        return number != null || statusId != null || contact != null && view != TicketView.MINE || siteId != null
                || type != null || priorityId != null || hasDates() || waitingReply;
    }

    /** True when anything beyond the bare view is chosen. */
    public boolean isFiltered() {
        return blankToNull(text) != null || status != null || isAdvanced();
    }

    /** An independent copy (every field is an immutable value, so a shallow clone is a full copy). */
    public TicketFilter copy() {
        try {
            return (TicketFilter) clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
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

    /** The ticket number as the customer knows it, without a leading '#'; the adapter decides what matches. */
    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        String value = blankToNull(number);
        this.number = value != null && value.startsWith("#") ? blankToNull(value.substring(1)) : value;
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

    public boolean isWaitingReply() {
        return waitingReply;
    }

    public void setWaitingReply(boolean waitingReply) {
        this.waitingReply = waitingReply;
    }
}
