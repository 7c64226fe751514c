package dev.portico.portal.ticket;

import dev.portico.portal.page.Pages;
import jakarta.faces.context.FacesContext;

/**
 * The ticket detail and new-ticket pages' names for the page kit's {@link Pages} answers; new code calls
 * {@link Pages} (or declares {@link dev.portico.portal.page.RequiresPermission}) directly.
 */
public final class TicketPages {

    private TicketPages() {
    }

    /** See {@link Pages#notFound}. */
    public static void notFound(FacesContext context) {
        Pages.notFound(context);
    }

    /** See {@link Pages#redirect}. */
    public static void redirect(FacesContext context, String url) {
        Pages.redirect(context, url);
    }
}
