package dev.portico.portal.error;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Backs the error pages: a short reference the user can quote to the helpdesk, logged together
 * with the failure, instead of any technical detail on the page.
 */
@Named
@RequestScoped
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ExternalContext externalContext;

    private String reference;

    @PostConstruct
    void init() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        reference = HexFormat.of().withUpperCase().formatHex(bytes);
        Object failure = externalContext.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
        Object uri = externalContext.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
        if (failure instanceof Throwable thrown) {
            LOG.log(Level.WARNING, "Error page shown for " + uri + ", reference " + reference, thrown);
        }
    }

    public String getReference() {
        return reference;
    }

    /** The page that failed, to try again; the home page when it is not known. */
    public String getRetryUrl() {
        Object uri = externalContext.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith("/") && !path.startsWith("//")) {
            return path;
        }
        return externalContext.getRequestContextPath() + "/home.xhtml";
    }
}
