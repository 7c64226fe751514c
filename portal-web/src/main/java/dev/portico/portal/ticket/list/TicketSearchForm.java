package dev.portico.portal.ticket.list;

import dev.portico.portal.ticket.TicketView;
import java.io.Serializable;
import java.util.List;

/** The search form above the list: a copy of the list's filter that the form edits until it is submitted. */
public class TicketSearchForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final TicketFilter draft;

    TicketSearchForm(TicketFilter shown) {
        this.draft = shown.copy();
    }

    public TicketFilter getDraft() {
        return draft;
    }

    /** Open, Closed or All as chosen in the form; the view's own default when nothing was chosen. */
    public String getStatusChoice() {
        StatusChoice chosen = draft.getStatus() != null ? draft.getStatus() : defaultStatus(draft.getView());
        return chosen.getParam();
    }

    public void setStatusChoice(String param) {
        StatusChoice chosen = StatusChoice.fromParam(param).orElse(null);
        draft.setStatus(chosen == defaultStatus(draft.getView()) ? null : chosen);
    }

    public List<StatusChoice> getStatusChoices() {
        return List.of(StatusChoice.values());
    }

    static StatusChoice defaultStatus(TicketView view) {
        return switch (view) {
            case MINE, OPEN -> StatusChoice.OPEN;
            case COMPLETED -> StatusChoice.CLOSED;
            case APPROVAL, SEARCH -> StatusChoice.ALL;
        };
    }
}
