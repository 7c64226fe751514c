package dev.portico.portal.ticket.list;

import dev.portico.portal.page.PagedListModel;
import dev.portico.psa.Sort;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketSortField;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** Summary View's sort control (List View sorts by its column headers): the list's own sort, by column key. */
public class SummarySort implements Serializable {

    private static final long serialVersionUID = 1L;

    private final PagedListModel<Ticket, TicketSortField> model;

    SummarySort(PagedListModel<Ticket, TicketSortField> model) {
        this.model = model;
    }

    /** The columns the PSA sorts by on the server. */
    public List<TicketColumn> getColumns() {
        return Arrays.stream(TicketColumn.values()).filter(c -> model.isSortable(c.getKey())).toList();
    }

    public String getKey() {
        TicketSortField field = model.getFallbackSort().field();
        return Arrays.stream(TicketColumn.values()).filter(c -> c.sortField().orElse(null) == field)
                .map(TicketColumn::getKey).findFirst().orElse(TicketColumn.NUMBER.getKey());
    }

    public void setKey(String key) {
        if (model.isSortable(key)) {
            TicketColumn.fromKey(key).flatMap(TicketColumn::sortField).ifPresent(field ->
                    model.setFallbackSort(new Sort<>(field, model.getFallbackSort().ascending())));
        }
    }

    public boolean isAscending() {
        return model.getFallbackSort().ascending();
    }

    public void setAscending(boolean ascending) {
        model.setFallbackSort(new Sort<>(model.getFallbackSort().field(), ascending));
    }
}
