package dev.portico.portal.error;

import dev.portico.psa.PsaUnavailableException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Backs the error pages: a short reference the user can quote to the helpdesk, logged together
 * with the failure, instead of any technical detail on the page.
 *
 * <p>The external context is taken from the current {@link FacesContext}, never injected: the error page is
 * rendered in the same servlet request as the page that failed, and an injected (request-scoped)
 * {@code ExternalContext} would still be the failed page's, already released (its request map throws).
 */
@Named
@RequestScoped
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private String reference;

    @PostConstruct
    void init() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        reference = HexFormat.of().withUpperCase().formatHex(bytes);
        Map<String, Object> request = externalContext().getRequestMap();
        Object failure = request.get(RequestDispatcher.ERROR_EXCEPTION);
        Object uri = request.get(RequestDispatcher.ERROR_REQUEST_URI);
        if (failure instanceof Throwable thrown) {
            if (PortalExceptionHandler.find(thrown, PsaUnavailableException.class) != null) {
                serviceUnavailable(thrown);
            } else {
                LOG.log(Level.WARNING, "Error page shown for " + uri + ", reference " + reference, thrown);
            }
        }
    }

    /**
     * The "service desk system is not reachable" page answers HTTP 503 rather than the error dispatch's 500, so
     * monitors and proxies see a temporary outage. Ajax answers keep 200: the Faces Ajax engine reads only those.
     */
    private void serviceUnavailable(Throwable thrown) {
        LOG.warning(() -> "The PSA is not reachable, page not shown (reference " + reference + "): " + thrown);
        FacesContext context = FacesContext.getCurrentInstance();
        if (!context.getPartialViewContext().isAjaxRequest() && !context.getExternalContext().isResponseCommitted()) {
            context.getExternalContext().setResponseStatus(503);
        }
    }

    public String getReference() {
        return reference;
    }

    /** The page that failed, to try again; the home page when it is not known. */
    public String getRetryUrl() {
        ExternalContext externalContext = externalContext();
        Object uri = externalContext.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith("/") && !path.startsWith("//")) {
            return path;
        }
        return externalContext.getRequestContextPath() + "/home.xhtml";
    }

    private static ExternalContext externalContext() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
