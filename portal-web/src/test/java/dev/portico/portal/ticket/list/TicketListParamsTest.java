package dev.portico.portal.ticket.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.portal.ticket.TicketView;
import dev.portico.psa.Permission;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketListParamsTest {

    private static final Set<String> TYPES = Set.of("incident", "query", "change-request");
    private static final Set<Permission> ALL = EnumSet.allOf(Permission.class);

    private static TicketListParams.Parsed parse(Map<String, String> params) {
        return TicketListParams.parse(params, TYPES, ALL);
    }

    @Test
    void noParametersGiveOpenTicketsWithoutFilters() {
        TicketListParams.Parsed parsed = parse(Map.of());

        assertEquals(TicketView.OPEN, parsed.filter().getView());
        assertFalse(parsed.filter().isFiltered());
        assertTrue(parsed.rejected().isEmpty());
    }

    @Test
    void everyParameterOfTheUrlContractIsRead() {
        Map<String, String> params = new HashMap<>();
        params.put("view", "search");
        params.put("q", "  printer ");
        params.put("status", "closed");
        params.put("statusId", "14");
        params.put("contact", "me");
        params.put("site", "1002");
        params.put("type", "change-request");
        params.put("createdFrom", "2025-01-01");
        params.put("createdTo", "2025-01-31");
        params.put("dueFrom", "2025-02-01");
        params.put("completedTo", "2025-03-31");
        params.put("waiting", "reply");
        params.put("priority", "33");
        params.put("number", "10234");

        TicketListParams.Parsed parsed = parse(params);
        TicketFilter filter = parsed.filter();

        assertEquals(List.of(), parsed.rejected());
        assertEquals(TicketView.SEARCH, filter.getView());
        assertEquals("printer", filter.getText());
        assertEquals(StatusChoice.CLOSED, filter.getStatus());
        assertEquals(14L, filter.getStatusId());
        assertEquals("me", filter.getContact());
        assertEquals(1002L, filter.getSiteId());
        assertEquals("change-request", filter.getType());
        assertEquals(LocalDate.of(2025, 1, 1), filter.getCreatedFrom());
        assertEquals(LocalDate.of(2025, 1, 31), filter.getCreatedTo());
        assertEquals(LocalDate.of(2025, 2, 1), filter.getDueFrom());
        assertNull(filter.getDueTo());
        assertEquals(LocalDate.of(2025, 3, 31), filter.getCompletedTo());
        assertTrue(filter.isWaitingReply());
        assertEquals(33L, filter.getPriorityId());
        assertEquals("10234", filter.getNumber());
    }

    @Test
    void aMonthBecomesTheWholeMonth() {
        TicketFilter filter = parse(Map.of("view", "search", "created", "2024-02", "completed", "2024-12")).filter();

        assertEquals(LocalDate.of(2024, 2, 1), filter.getCreatedFrom());
        assertEquals(LocalDate.of(2024, 2, 29), filter.getCreatedTo());
        assertEquals(LocalDate.of(2024, 12, 1), filter.getCompletedFrom());
        assertEquals(LocalDate.of(2024, 12, 31), filter.getCompletedTo());
    }

    @Test
    void invalidValuesAreLeftOutAndNamed() {
        Map<String, String> params = new HashMap<>();
        params.put("view", "everything");
        params.put("status", "maybe");
        params.put("statusId", "-3");
        params.put("contact", "someone");
        params.put("site", "1e3");
        params.put("type", "hack\" OR 1=1");
        params.put("created", "2025-13");
        params.put("createdFrom", "2025-02-30");
        params.put("dueFrom", "2025-05-10");
        params.put("dueTo", "2025-05-01");
        params.put("waiting", "forever");
        params.put("number", "0");

        TicketListParams.Parsed parsed = parse(params);

        assertEquals(List.of("view", "number", "status", "statusId", "contact", "site", "type", "created",
                "createdFrom", "dueFrom", "dueTo", "waiting"), parsed.rejected());
        TicketFilter filter = parsed.filter();
        assertEquals(TicketView.OPEN, filter.getView());
        assertNull(filter.getStatus());
        assertNull(filter.getSiteId());
        assertNull(filter.getType());
        assertNull(filter.getCreatedFrom());
        assertNull(filter.getDueFrom());
        assertNull(filter.getDueTo());
        assertFalse(filter.isFiltered());
    }

    @Test
    void waitingMyApprovalNeedsTheApprovePermission() {
        TicketListParams.Parsed parsed = TicketListParams.parse(Map.of("view", "approval"), TYPES,
                EnumSet.of(Permission.CREATE_TICKETS));

        assertEquals(TicketView.OPEN, parsed.filter().getView());
        assertEquals(List.of("view"), parsed.rejected());
    }

    @Test
    void longSearchTextIsCutToWhatASummaryCanHold() {
        TicketFilter filter = parse(Map.of("q", "x".repeat(500))).filter();

        assertEquals(TicketListParams.MAX_TEXT, filter.getText().length());
    }

    @Test
    void blankParametersCountAsAbsent() {
        TicketListParams.Parsed parsed = parse(Map.of("q", " ", "site", "", "status", "  "));

        assertTrue(parsed.rejected().isEmpty());
        assertFalse(parsed.filter().isFiltered());
    }

    @Test
    void aTicketNumberIsTakenAsThePsaShowsItAndOnlyThatShape() {
        TicketListParams.Parsed autotask = parse(Map.of("view", "search", "number", "T20240101.0001"));
        TicketListParams.Parsed connectwise = parse(Map.of("view", "search", "number", "#10234"));
        TicketListParams.Parsed forged = parse(Map.of("view", "search", "number", "1' OR '1'='1"));

        assertEquals("T20240101.0001", autotask.filter().getNumber());
        assertEquals("T20240101.0001", autotask.filter().toParams().get("number"));
        assertEquals("10234", connectwise.filter().getNumber());
        assertNull(forged.filter().getNumber());
        assertEquals(List.of("number"), forged.rejected());
    }

    @Test
    void theFilterWritesTheSameUrlItWasReadFrom() {
        Map<String, String> params = Map.of("view", "search", "q", "printer", "site", "1002", "createdFrom", "2025-01-01",
                "waiting", "reply");

        Map<String, String> written = parse(params).filter().toParams();

        assertEquals(params, written);
        assertEquals(List.of("view", "q", "site", "createdFrom", "waiting"), List.copyOf(written.keySet()));
    }
}
