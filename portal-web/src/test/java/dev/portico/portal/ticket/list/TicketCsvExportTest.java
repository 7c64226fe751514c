package dev.portico.portal.ticket.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.portal.ticket.Tickets;
import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.ticket.Ticket;
import java.io.IOException;
import java.io.StringWriter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class TicketCsvExportTest {

    private static final TicketCells CELLS = new TicketCells(Map.of("incident", "Incident"), ZoneId.of("Europe/London"));
    private static final List<TicketColumn> COLUMNS = List.of(TicketColumn.NUMBER, TicketColumn.SUMMARY,
            TicketColumn.STATUS, TicketColumn.REQUEST_TYPE, TicketColumn.CREATED, TicketColumn.DUE);

    private final List<PageRequest> requested = new ArrayList<>();

    private TicketCsvExport.Pages pages(long total) {
        return request -> {
            requested.add(request);
            long from = (long) request.page() * request.size();
            List<Ticket> items = LongStream.range(from, Math.min(total, from + request.size()))
                    .mapToObj(i -> Tickets.ticket(1 + i, "Ticket " + (1 + i))).toList();
            return new Page<>(items, total);
        };
    }

    private String export(long total, int max, TicketCsvExport.Result[] result) throws IOException {
        StringWriter out = new StringWriter();
        TicketCsvExport.Pages pages = pages(total);
        Page<Ticket> first = TicketCsvExport.firstPage(pages, max);
        result[0] = TicketCsvExport.write(out, COLUMNS, column -> column.getKey().toUpperCase(), CELLS, first, pages, max);
        return out.toString();
    }

    @Test
    void writesAHeaderAndOneRowPerTicketWithTheChosenColumns() throws IOException {
        TicketCsvExport.Result[] result = new TicketCsvExport.Result[1];

        String csv = export(2, 5000, result);

        String[] lines = csv.split("\r\n");
        assertEquals("\uFEFFNUMBER,SUMMARY,STATUS,REQUESTTYPE,CREATED,DUE", lines[0]);
        assertEquals("1,Ticket 1,In progress,Incident,2025-05-02 10:30,", lines[1]);
        assertEquals(3, lines.length);
        assertEquals(new TicketCsvExport.Result(2, 2, false), result[0]);
    }

    @Test
    void readsThePsaPageByPageUpToTheLimit() throws IOException {
        TicketCsvExport.Result[] result = new TicketCsvExport.Result[1];

        String csv = export(2_500, 1_200, result);

        assertEquals(List.of(new PageRequest(0, 500), new PageRequest(1, 500), new PageRequest(2, 500)), requested);
        assertEquals(1_201, csv.split("\r\n").length);
        assertEquals(new TicketCsvExport.Result(1_200, 2_500, true), result[0]);
    }

    @Test
    void stopsWhenThePsaHasNoMore() throws IOException {
        TicketCsvExport.Result[] result = new TicketCsvExport.Result[1];

        export(1_000, 5_000, result);

        assertEquals(List.of(new PageRequest(0, 500), new PageRequest(1, 500)), requested);
        assertFalse(result[0].truncated());
    }

    @Test
    void quotesSeparatorsAndDefusesFormulas() throws IOException {
        StringWriter out = new StringWriter();
        Ticket tricky = Tickets.ticket(7, "=HYPERLINK(\"http://evil\",\"x\"), and \"quotes\"");
        Page<Ticket> page = new Page<>(List.of(tricky), 1);

        TicketCsvExport.write(out, List.of(TicketColumn.SUMMARY), c -> "Title", CELLS, page, request -> page, 10);

        assertTrue(out.toString().contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\"), and \"\"quotes\"\"\""),
                out.toString());
        assertEquals("'+1", TicketCsvExport.safe("+1"));
        assertEquals("'@SUM(A1)", TicketCsvExport.safe("@SUM(A1)"));
        assertEquals("plain", TicketCsvExport.safe("plain"));
    }
}
