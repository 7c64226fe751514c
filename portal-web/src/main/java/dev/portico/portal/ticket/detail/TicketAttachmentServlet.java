package dev.portico.portal.ticket.detail;

import dev.portico.portal.security.CurrentUser;
import dev.portico.portal.ticket.list.TicketListParams;
import dev.portico.psa.Download;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.ticket.TicketGateway;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Streams a ticket attachment from the PSA to the browser, always as a download. The connector checks that
 * the ticket is in the user's scope and the document is a public one of that ticket; anything else is 404.
 */
@WebServlet(TicketAttachmentServlet.PATH)
public class TicketAttachmentServlet extends HttpServlet {

    public static final String PATH = "/tickets/attachment";
    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient TicketGateway tickets;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> ticketId = TicketListParams.id(request.getParameter("ticket"));
        Optional<Long> attachmentId = TicketListParams.id(request.getParameter("id"));
        if (ticketId.isEmpty() || attachmentId.isEmpty() || !currentUser.isLoggedIn()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Download download;
        try {
            download = tickets.download(currentUser.scope(), ticketId.get(), attachmentId.get());
        } catch (PsaNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (download) {
            response.setContentType(download.contentType());
            if (download.size() >= 0) {
                response.setContentLengthLong(download.size());
            }
            response.setHeader("Content-Disposition", contentDisposition(download.fileName()));
            response.setHeader("Cache-Control", "private, no-store");
            try (OutputStream out = response.getOutputStream()) {
                download.content().transferTo(out);
            }
        }
    }

    /** {@code attachment} with an ASCII fallback name and the real one in RFC 5987 form. */
    static String contentDisposition(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "attachment" : fileName;
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
