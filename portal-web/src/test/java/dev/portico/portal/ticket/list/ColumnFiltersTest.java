package dev.portico.portal.ticket.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.portal.ticket.TicketView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;

class ColumnFiltersTest {

    private static final Set<String> TYPES = Set.of("incident", "query");
    private static final List<TicketColumn> ALL = List.of(TicketColumn.values());

    private static Map<String, FilterMeta> active(String... keysAndValues) {
        Map<String, FilterMeta> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], FilterMeta.builder().field(keysAndValues[i]).filterValue(keysAndValues[i + 1])
                    .build());
        }
        return map;
    }

    @Test
    void columnFiltersBecomeTheListsFilter() {
        TicketFilter filter = new TicketFilter(TicketView.SEARCH);

        boolean possible = ColumnFilters.apply(filter, ALL, active("number", "#10234", "summary", "printer",
                "status", "14", "requestType", "query", "priority", "33", "site", "1002", "contact", "me"), TYPES);

        assertTrue(possible);
        assertEquals("10234", filter.getNumber());
        assertEquals("printer", filter.getText());
        assertEquals(14L, filter.getStatusId());
        assertEquals("query", filter.getType());
        assertEquals(33L, filter.getPriorityId());
        assertEquals(1002L, filter.getSiteId());
        assertEquals("me", filter.getContact());
    }

    @Test
    void aShownColumnWithoutAFilterClearsItsCriterionAHiddenOneKeepsIt() {
        TicketFilter filter = new TicketFilter(TicketView.SEARCH);
        filter.setSiteId(1002L);
        filter.setText("printer");

        ColumnFilters.apply(filter, List.of(TicketColumn.NUMBER, TicketColumn.SUMMARY), active(), TYPES);

        assertNull(filter.getText());
        assertEquals(1002L, filter.getSiteId());
    }

    @Test
    void anotherPsasTicketNumberIsTakenAsTyped() {
        TicketFilter filter = new TicketFilter(TicketView.SEARCH);

        assertTrue(ColumnFilters.apply(filter, ALL, active("number", " T20240101.0001 "), TYPES));
        assertEquals("T20240101.0001", filter.getNumber());
        assertEquals("T20240101.0001", ColumnFilters.valueOf(filter, TicketColumn.NUMBER));
    }

    @Test
    void aWordInTheNumberFilterMatchesNothingAndUnknownValuesAreDropped() {
        TicketFilter filter = new TicketFilter(TicketView.SEARCH);

        boolean possible = ColumnFilters.apply(filter, ALL, active("number", "abc", "requestType", "unknown",
                "site", "x1", "contact", "robert'); drop"), TYPES);

        assertFalse(possible);
        assertNull(filter.getNumber());
        assertNull(filter.getType());
        assertNull(filter.getSiteId());
        assertNull(filter.getContact());
    }

    @Test
    void theColumnsStartWithTheFiltersValues() {
        TicketFilter filter = new TicketFilter(TicketView.SEARCH);
        filter.setSiteId(1002L);
        filter.setType("query");

        assertEquals("1002", ColumnFilters.valueOf(filter, TicketColumn.SITE));
        assertEquals("query", ColumnFilters.valueOf(filter, TicketColumn.REQUEST_TYPE));
        assertNull(ColumnFilters.valueOf(filter, TicketColumn.SUMMARY));
        assertNull(ColumnFilters.valueOf(filter, TicketColumn.CREATED));
    }
}
