package dev.portico.portal.ticket.list;

import dev.portico.portal.shell.Messages;
import dev.portico.portal.ticket.TicketSettings;
import dev.portico.psa.Page;
import dev.portico.psa.PsaException;
import dev.portico.psa.Sort;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketQuery;
import dev.portico.psa.ticket.TicketSortField;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the list as shown (filters, sort, chosen columns) as a CSV download, streamed straight from the PSA's
 * pages into the response. The first page is read before anything is written, so an unreachable PSA still
 * gives the page with a message instead of a broken file.
 */
final class TicketListExport {

    private static final Logger LOG = Logger.getLogger(TicketListExport.class.getName());

    private final TicketSettings settings;
    private final FilterOptions options;

    TicketListExport(TicketSettings settings, FilterOptions options) {
        this.settings = settings;
        this.options = options;
    }

    /** @param sort the sort of the rows shown, so the file lists them in the same order */
    void send(TicketSource source, Sort<TicketSortField> sort, ColumnLayout layout) {
        FacesContext context = FacesContext.getCurrentInstance();
        Optional<TicketQuery> query = source.query();
        TicketCsvExport.Pages pages = request -> query.isEmpty() ? Page.empty()
                : source.gateway().search(source.scope(), query.get(), request, sort);
        int max = settings.exportMaxRows();
        Page<Ticket> first = TicketCsvExport.firstPage(pages, max);

        ExternalContext external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"tickets-"
                + source.filter().getView().param() + "-" + LocalDate.now(settings.zone()) + ".csv\"");
        external.setResponseHeader("Cache-Control", "no-store");
        try {
            Writer out = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
            TicketCsvExport.Result result = TicketCsvExport.write(out, layout.columns(),
                    column -> Messages.text(column.getLabelKey()), new TicketCells(options.requestTypeLabels(),
                            settings.zone()), first, pages, max);
            out.flush();
            LOG.fine(() -> "Exported " + result.rows() + " of " + result.total() + " tickets");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PsaException e) {
            // the download has started; all that can be done is to end it and say why in the log
            LOG.log(Level.WARNING, "A ticket export was cut short because the PSA failed", e);
        }
        context.responseComplete();
    }
}
