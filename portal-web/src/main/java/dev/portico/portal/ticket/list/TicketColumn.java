package dev.portico.portal.ticket.list;

import dev.portico.psa.ticket.TicketSortField;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A column the list view and the CSV export can show. The key names it in the table ({@code field}), in the
 * stored preference and in the sort and filter metadata; only whitelisted sort fields reach the connector.
 */
public enum TicketColumn {
    NUMBER(TicketSortField.NUMBER, FilterKind.NUMBER),
    SUMMARY(TicketSortField.SUMMARY, FilterKind.TEXT),
    STATUS(TicketSortField.STATUS, FilterKind.SELECT),
    REQUEST_TYPE(TicketSortField.REQUEST_TYPE, FilterKind.SELECT),
    PRIORITY(TicketSortField.PRIORITY, FilterKind.SELECT),
    CONTACT(TicketSortField.CONTACT, FilterKind.SELECT),
    SITE(TicketSortField.SITE, FilterKind.SELECT),
    CREATED(TicketSortField.CREATED, FilterKind.NONE),
    UPDATED(TicketSortField.UPDATED, FilterKind.NONE),
    DUE(TicketSortField.DUE, FilterKind.NONE),
    COMPLETED(TicketSortField.COMPLETED, FilterKind.NONE),
    PO_NUMBER(null, FilterKind.NONE);

    /** How a column is filtered in the table header. */
    public enum FilterKind {
        NONE, TEXT, NUMBER, SELECT
    }

    private final TicketSortField sortField;
    private final FilterKind filterKind;

    TicketColumn(TicketSortField sortField, FilterKind filterKind) {
        this.sortField = sortField;
        this.filterKind = filterKind;
    }

    /** The key in URLs, preferences and table metadata, e.g. {@code requestType}. */
    public String getKey() {
        String[] parts = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            key.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return key.toString();
    }

    public String getLabelKey() {
        return "ticket.column." + getKey();
    }

    public Optional<TicketSortField> sortField() {
        return Optional.ofNullable(sortField);
    }

    public boolean isSortable() {
        return sortField != null;
    }

    public FilterKind filterKind() {
        return filterKind;
    }

    public boolean isFilterable() {
        return filterKind != FilterKind.NONE;
    }

    public boolean isTextFilter() {
        return filterKind == FilterKind.TEXT || filterKind == FilterKind.NUMBER;
    }

    public boolean isSelectFilter() {
        return filterKind == FilterKind.SELECT;
    }

    /** The ticket number identifies a row, so it is always shown. */
    public boolean isMandatory() {
        return this == NUMBER;
    }

    public static Optional<TicketColumn> fromKey(String key) {
        return Arrays.stream(values()).filter(c -> c.getKey().equals(key)).findFirst();
    }
}
