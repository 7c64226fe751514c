package dev.portico.portal.ticket.list;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.DualListModel;

/**
 * The column chooser's state: the hidden columns on the left, the shown ones (in order) on the right, both by
 * key. The ticket number is listed as shown and cannot be moved out.
 */
public class TicketListColumns implements Serializable {

    private static final long serialVersionUID = 1L;

    private final DualListModel<String> model;

    TicketListColumns(ColumnLayout layout) {
        model = new DualListModel<>(keys(layout.hidden()), keys(layout.columns()));
    }

    /** The shown list as the chooser left it; the ticket number is put back if it was moved out anyway. */
    ColumnLayout chosen() {
        return ColumnLayout.ofKeys(model.getTarget());
    }

    public DualListModel<String> getModel() {
        return model;
    }

    public void setModel(DualListModel<String> chosen) {
        model.setSource(new ArrayList<>(chosen.getSource()));
        model.setTarget(new ArrayList<>(chosen.getTarget()));
    }

    public String labelKey(String key) {
        return TicketColumn.fromKey(key).map(TicketColumn::getLabelKey).orElse("ticket.column.unknown");
    }

    public boolean locked(String key) {
        return TicketColumn.fromKey(key).map(TicketColumn::isMandatory).orElse(false);
    }

    private static List<String> keys(List<TicketColumn> columns) {
        return new ArrayList<>(columns.stream().map(TicketColumn::getKey).toList());
    }
}
