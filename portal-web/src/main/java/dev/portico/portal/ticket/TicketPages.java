package dev.portico.portal.ticket;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers for ticket pages that must not be shown: the normal "not found" page with status 404. */
public final class TicketPages {

    private TicketPages() {
    }

    /**
     * Ends the request with 404. Used for another company's ticket, one the user may not see, and malformed
     * ids alike, so none can be told apart.
     */
    public static void notFound(FacesContext context) {
        try {
            context.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    public static void redirect(FacesContext context, String url) {
        try {
            context.getExternalContext().redirect(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
