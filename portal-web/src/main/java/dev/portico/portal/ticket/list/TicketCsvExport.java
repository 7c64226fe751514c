package dev.portico.portal.ticket.list;

import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.ticket.Ticket;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a ticket list as CSV while reading it from the PSA page by page, so the export never holds more
 * than one page. Stops at a row limit. Cells that a spreadsheet would run as a formula get a leading
 * apostrophe (CSV injection).
 */
public final class TicketCsvExport {

    /** Rows fetched per PSA call. */
    static final int BATCH = 500;

    /** Reads one page of the list being exported. */
    @FunctionalInterface
    public interface Pages {
        Page<Ticket> fetch(PageRequest page);
    }

    /**
     * @param rows      written, at most the limit
     * @param total     the list's size according to the PSA
     * @param truncated whether rows were left out because of the limit
     */
    public record Result(int rows, long total, boolean truncated) {
    }

    private TicketCsvExport() {
    }

    /** The first page decides the total; call {@link #write} with it so a PSA failure comes before any output. */
    public static Page<Ticket> firstPage(Pages pages, int maxRows) {
        return pages.fetch(new PageRequest(0, batch(maxRows)));
    }

    public static Result write(Writer out, List<TicketColumn> columns, Function<TicketColumn, String> header,
            TicketCells cells, Page<Ticket> first, Pages pages, int maxRows) throws IOException {
        int size = batch(maxRows);
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT)
                .setHeader(columns.stream().map(header).toArray(String[]::new))
                .get();
        // a byte-order mark makes Excel read the file as UTF-8
        out.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(out, format);
        int written = 0;
        Page<Ticket> page = first;
        int index = 0;
        while (true) {
            for (Ticket ticket : page.items()) {
                if (written == maxRows) {
                    break;
                }
                List<String> record = new ArrayList<>(columns.size());
                for (TicketColumn column : columns) {
                    record.add(safe(cells.text(ticket, column)));
                }
                printer.printRecord(record);
                written++;
            }
            boolean more = page.items().size() == size && (long) (index + 1) * size < page.total();
            if (written >= maxRows || !more) {
                break;
            }
            index++;
            page = pages.fetch(new PageRequest(index, size));
        }
        printer.flush();
        return new Result(written, first.total(), first.total() > written);
    }

    static int batch(int maxRows) {
        return Math.max(1, Math.min(BATCH, maxRows));
    }

    /** Neutralises text a spreadsheet would evaluate (=, +, -, @, tab, CR at the start). */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
