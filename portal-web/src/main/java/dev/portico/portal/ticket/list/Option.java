package dev.portico.portal.ticket.list;

import java.io.Serializable;

/** One choice of a filter drop-down: the value sent and the text shown. */
public record Option(String value, String label) implements Serializable {

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }
}
