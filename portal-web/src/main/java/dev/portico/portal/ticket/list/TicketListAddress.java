package dev.portico.portal.ticket.list;

import dev.portico.portal.page.Pages;
import dev.portico.portal.ticket.TicketLinks;
import org.primefaces.PrimeFaces;

/** The list's bookmarkable address: the page plus its filter's URL parameters (docs: TICKET-URLS). */
final class TicketListAddress {

    private TicketListAddress() {
    }

    /** E.g. {@code /tickets/list.xhtml?view=open&q=printer}. */
    static String of(String contextPath, TicketFilter shown) {
        return Pages.url(contextPath + TicketLinks.LIST, shown.toParams());
    }

    /** Puts {@code url} in the address bar without a reload (after an Ajax filter change). */
    static void show(String url) {
        String quoted = url.replace("\\", "\\\\").replace("'", "\\'");
        PrimeFaces.current().executeScript("history.replaceState(null,'','" + quoted + "')");
    }
}
