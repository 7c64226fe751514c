package dev.portico.portal.ticket.list;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;

/**
 * Copies the table's column filters onto the list's {@link TicketFilter}, so the search form, the URL, the CSV
 * export and the columns all show one state. Only the shown, filterable columns count: a shown column without
 * an active filter clears its criterion.
 */
final class ColumnFilters {

    private ColumnFilters() {
    }

    /**
     * @param active the table's active filters by column key
     * @return false when a filter can match no ticket at all (e.g. letters in the number column)
     */
    static boolean apply(TicketFilter filter, Collection<TicketColumn> shown, Map<String, FilterMeta> active,
            Set<String> requestTypes) {
        boolean possible = true;
        for (TicketColumn column : shown) {
            if (!column.isFilterable()) {
                continue;
            }
            FilterMeta meta = active.get(column.getKey());
            String value = meta == null || meta.getFilterValue() == null ? null
                    : TicketFilter.blankToNull(String.valueOf(meta.getFilterValue()));
            switch (column) {
                case NUMBER -> {
                    String digits = value == null ? null : value.startsWith("#") ? value.substring(1).strip() : value;
                    filter.setNumber(digits == null ? null : TicketListParams.id(digits).orElse(null));
                    possible &= digits == null || filter.getNumber() != null;
                }
                case SUMMARY -> filter.setText(value);
                case STATUS -> filter.setStatusId(id(value));
                case REQUEST_TYPE -> filter.setType(value != null && requestTypes.contains(value) ? value : null);
                case PRIORITY -> filter.setPriorityId(id(value));
                case SITE -> filter.setSiteId(id(value));
                case CONTACT -> filter.setContact(TicketFilter.ME.equals(value) ? value
                        : id(value) == null ? null : value);
                default -> { }
            }
        }
        return possible;
    }

    /** The value a shown column's filter starts with, taken from the filter (for {@code filterValue}). */
    static String valueOf(TicketFilter filter, TicketColumn column) {
        Object value = switch (column) {
            case NUMBER -> filter.getNumber();
            case SUMMARY -> filter.getText();
            case STATUS -> filter.getStatusId();
            case REQUEST_TYPE -> filter.getType();
            case PRIORITY -> filter.getPriorityId();
            case SITE -> filter.getSiteId();
            case CONTACT -> filter.getContact();
            default -> null;
        };
        return value == null ? null : value.toString();
    }

    private static Long id(String value) {
        return value == null ? null : TicketListParams.id(value).orElse(null);
    }
}
