package dev.portico.portal.ticket.list;

import dev.portico.psa.ticket.OpenState;
import java.util.Arrays;
import java.util.Optional;

/** The "status" URL parameter and search choice: open, closed or all tickets. */
public enum StatusChoice {
    OPEN("open", OpenState.OPEN),
    CLOSED("closed", OpenState.CLOSED),
    ALL("all", OpenState.ANY);

    private final String param;
    private final OpenState state;

    StatusChoice(String param, OpenState state) {
        this.param = param;
        this.state = state;
    }

    public String getParam() {
        return param;
    }

    public String getLabelKey() {
        return "ticket.filter.status." + param;
    }

    public OpenState state() {
        return state;
    }

    public static Optional<StatusChoice> fromParam(String value) {
        return Arrays.stream(values()).filter(c -> c.param.equals(value)).findFirst();
    }
}
