package dev.portico.portal.ticket.list;

import static dev.portico.portal.ticket.list.TicketColumn.CONTACT;
import static dev.portico.portal.ticket.list.TicketColumn.NUMBER;
import static dev.portico.portal.ticket.list.TicketColumn.PO_NUMBER;
import static dev.portico.portal.ticket.list.TicketColumn.REQUEST_TYPE;
import static dev.portico.portal.ticket.list.TicketColumn.STATUS;
import static dev.portico.portal.ticket.list.TicketColumn.SUMMARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnLayoutTest {

    @Test
    void theDefaultsShowTheUsualColumns() {
        assertEquals("number,summary,status,priority,contact,created,updated", ColumnLayout.defaults().serialize());
        assertEquals(ColumnLayout.defaults(), ColumnLayout.parse(null));
        assertEquals(ColumnLayout.defaults(), ColumnLayout.parse("  "));
    }

    @Test
    void aStoredLayoutReadsBackInItsOrder() {
        ColumnLayout layout = ColumnLayout.parse("number, requestType,status ,summary");

        assertEquals(List.of(NUMBER, REQUEST_TYPE, STATUS, SUMMARY), layout.columns());
        assertEquals("number,requestType,status,summary", layout.serialize());
    }

    @Test
    void theTicketNumberIsAlwaysThereAndUnknownOrRepeatedKeysAreDropped() {
        ColumnLayout layout = ColumnLayout.parse("summary,configurationItemProduct,summary,status");

        assertEquals(List.of(NUMBER, SUMMARY, STATUS), layout.columns());
        assertEquals(List.of(SUMMARY, NUMBER), ColumnLayout.of(List.of(SUMMARY, NUMBER)).columns(),
                "the number may be moved but stays");
    }

    @Test
    void theNumberCannotBeRemoved() {
        ColumnLayout layout = ColumnLayout.defaults();

        assertSame(layout, layout.without(NUMBER));
        assertFalse(layout.without(CONTACT).shows(CONTACT));
        assertTrue(layout.without(CONTACT).shows(NUMBER));
    }

    @Test
    void columnsAreAddedAtTheEndAndMovedOnePlace() {
        ColumnLayout layout = ColumnLayout.parse("number,summary,status").with(PO_NUMBER);

        assertEquals(List.of(NUMBER, SUMMARY, STATUS, PO_NUMBER), layout.columns());
        assertEquals(List.of(NUMBER, SUMMARY, PO_NUMBER, STATUS), layout.move(PO_NUMBER, -1).columns());
        assertEquals(List.of(SUMMARY, NUMBER, STATUS, PO_NUMBER), layout.move(SUMMARY, -1).columns());
        assertSame(layout, layout.move(PO_NUMBER, 1), "already last");
        assertSame(layout, layout.move(NUMBER, -1), "already first");
        assertSame(layout, layout.with(STATUS), "already shown");
    }

    @Test
    void hiddenColumnsAreTheRestInNaturalOrder() {
        ColumnLayout layout = ColumnLayout.parse("number,status");

        assertEquals(TicketColumn.values().length - 2, layout.hidden().size());
        assertEquals(SUMMARY, layout.hidden().get(0));
        assertFalse(layout.hidden().contains(STATUS));
    }

    @Test
    void theChooserKeepsTheNumberShown() {
        TicketListColumns chooser = new TicketListColumns(ColumnLayout.parse("number,summary"));
        chooser.getModel().getTarget().remove("number");
        chooser.getModel().getTarget().add("status");

        assertEquals(List.of(NUMBER, SUMMARY, STATUS), chooser.chosen().columns());
        assertTrue(chooser.locked("number"));
        assertFalse(chooser.locked("summary"));
        assertEquals("ticket.column.requestType", chooser.labelKey("requestType"));
    }

    @Test
    void keysAreCamelCase() {
        assertEquals("poNumber", PO_NUMBER.getKey());
        assertEquals("requestType", REQUEST_TYPE.getKey());
        assertEquals(PO_NUMBER, TicketColumn.fromKey("poNumber").orElseThrow());
    }
}
