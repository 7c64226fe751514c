package dev.portico.portal.security;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

/**
 * Refuses a Faces form post that does not carry the page's CSP nonce, right after the view is restored and
 * before any value is applied or any action runs. PrimeFaces checks the nonce itself only while rendering the
 * answer, so without this the action ran and the user got an empty HTTP 500. The refusal is HTTP 400 with a
 * short page (or, for Ajax, a partial response with an error) asking to reload the page.
 */
public class CspNonceCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CspNonceCheck.class.getName());

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view is restored
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.getViewRoot() == null || !context.isPostback() || context.getResponseComplete()
                || !PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
            return;
        }
        try {
            PrimeFacesContext.getCspState(context).getNonce();
        } catch (CspException refused) {
            LOG.warning(() -> "Refused a form post to " + context.getViewRoot().getViewId() + " from "
                    + remoteAddress(context) + ": " + refused.getMessage());
            refuse(context);
        }
    }

    private static void refuse(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        ResourceBundle text = context.getApplication().getResourceBundle(context, "text");
        String heading = escape(text.getString("error.refused.heading"));
        String explanation = escape(text.getString("error.refused.text"));
        try {
            external.responseReset();
            external.setResponseStatus(400);
            external.setResponseCharacterEncoding("UTF-8");
            if (context.getPartialViewContext().isAjaxRequest()) {
                external.setResponseContentType("text/xml");
                external.getResponseOutputWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<partial-response><error><error-name>refused</error-name><error-message>"
                        + heading + " " + explanation + "</error-message></error></partial-response>");
            } else {
                String reload = escape(external.getRequestContextPath() + context.getViewRoot().getViewId());
                external.setResponseContentType("text/html");
                external.getResponseOutputWriter().write("<!DOCTYPE html><html lang=\""
                        + escape(context.getViewRoot().getLocale().getLanguage()) + "\"><head><meta charset=\"UTF-8\">"
                        + "<title>" + heading + "</title></head><body><main><h1 id=\"refused-heading\">" + heading
                        + "</h1><p>" + explanation + "</p><p><a id=\"refused-reload\" href=\"" + reload + "\">"
                        + escape(text.getString("error.refused.reload")) + "</a></p></main></body></html>");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    private static String remoteAddress(FacesContext context) {
        Object request = context.getExternalContext().getRequest();
        return request instanceof jakarta.servlet.ServletRequest servlet ? servlet.getRemoteAddr() : "?";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
