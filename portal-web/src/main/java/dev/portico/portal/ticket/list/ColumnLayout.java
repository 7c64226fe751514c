package dev.portico.portal.ticket.list;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The columns a user shows, in order, as chosen in the column chooser and stored per user. The ticket number
 * is always among them; unknown or repeated keys (e.g. from an older release) are dropped.
 */
public final class ColumnLayout implements Serializable {

    private static final long serialVersionUID = 1L;

    static final List<TicketColumn> DEFAULT = List.of(TicketColumn.NUMBER, TicketColumn.SUMMARY, TicketColumn.STATUS,
            TicketColumn.PRIORITY, TicketColumn.CONTACT, TicketColumn.CREATED, TicketColumn.UPDATED);

    private final List<TicketColumn> columns;

    private ColumnLayout(List<TicketColumn> columns) {
        this.columns = List.copyOf(columns);
    }

    public static ColumnLayout defaults() {
        return new ColumnLayout(DEFAULT);
    }

    /** From the chooser's list, in its order; the ticket number is put first if it was left out. */
    public static ColumnLayout of(List<TicketColumn> chosen) {
        Set<TicketColumn> ordered = new LinkedHashSet<>(chosen);
        List<TicketColumn> columns = new ArrayList<>(ordered);
        if (!columns.contains(TicketColumn.NUMBER)) {
            columns.add(0, TicketColumn.NUMBER);
        }
        return new ColumnLayout(columns);
    }

    /** From the chooser's keys ({@code summary}, {@code status} ...), ignoring unknown ones. */
    public static ColumnLayout ofKeys(List<String> keys) {
        return of(keys.stream().map(TicketColumn::fromKey).flatMap(java.util.Optional::stream).toList());
    }

    /** From the stored form; blank or unreadable gives the defaults. */
    public static ColumnLayout parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return defaults();
        }
        return ofKeys(Arrays.asList(stored.split(",")).stream().map(String::strip).toList());
    }

    public String serialize() {
        return columns.stream().map(TicketColumn::getKey).collect(Collectors.joining(","));
    }

    public List<TicketColumn> columns() {
        return columns;
    }

    /** The columns not shown, in their natural order (the chooser's "available" list). */
    public List<TicketColumn> hidden() {
        return Arrays.stream(TicketColumn.values()).filter(c -> !columns.contains(c)).toList();
    }

    public boolean shows(TicketColumn column) {
        return columns.contains(column);
    }

    /** Removing the ticket number is refused; the layout is returned unchanged. */
    public ColumnLayout without(TicketColumn column) {
        if (column.isMandatory()) {
            return this;
        }
        List<TicketColumn> rest = new ArrayList<>(columns);
        rest.remove(column);
        return new ColumnLayout(rest);
    }

    public ColumnLayout with(TicketColumn column) {
        if (columns.contains(column)) {
            return this;
        }
        List<TicketColumn> more = new ArrayList<>(columns);
        more.add(column);
        return new ColumnLayout(more);
    }

    /** Moves a column one place towards the start ({@code -1}) or the end ({@code +1}). */
    public ColumnLayout move(TicketColumn column, int direction) {
        int index = columns.indexOf(column);
        int target = index + Integer.signum(direction);
        if (index < 0 || direction == 0 || target < 0 || target >= columns.size()) {
            return this;
        }
        List<TicketColumn> moved = new ArrayList<>(columns);
        moved.remove(index);
        moved.add(target, column);
        return new ColumnLayout(moved);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ColumnLayout layout && layout.columns.equals(columns);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    @Override
    public String toString() {
        return serialize();
    }
}
