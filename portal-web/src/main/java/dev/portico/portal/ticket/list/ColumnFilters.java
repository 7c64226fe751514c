package dev.portico.portal.ticket.list;

import dev.portico.portal.page.ListParam;
import jakarta.faces.event.AjaxBehaviorEvent;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;

/**
 * Copies the table's column filters onto the list's {@link TicketFilter}, so the search form, the URL, the CSV
 * export and the columns all show one state. Only the shown, filterable columns count: a shown column without
 * an active filter clears its criterion.
 */
final class ColumnFilters {

    private ColumnFilters() {
    }

    /** The table's filter event: its active filters become the list's filter. */
    static boolean apply(TicketFilter filter, Collection<TicketColumn> shown, AjaxBehaviorEvent event,
            Set<String> requestTypes) {
        return apply(filter, shown, ((DataTable) event.getComponent()).getActiveFilterMeta(), requestTypes);
    }

    /** The value every column's filter starts with, by column key, taken from the filter. */
    static HashMap<String, String> valuesOf(TicketFilter filter) {
        HashMap<String, String> values = new HashMap<>();
        for (TicketColumn column : TicketColumn.values()) {
            values.put(column.getKey(), valueOf(filter, column));
        }
        return values;
    }

    /**
     * @param active the table's active filters by column key
     * @return false when a filter can match no ticket at all (e.g. a word in the number column)
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
                    filter.setNumber(value == null ? null : ListParam.parseNumber(value).orElse(null));
                    possible &= value == null || filter.getNumber() != null;
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
