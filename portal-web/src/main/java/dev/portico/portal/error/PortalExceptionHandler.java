package dev.portico.portal.error;

import dev.portico.portal.shell.Messages;
import dev.portico.psa.PsaUnavailableException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns the two failures a user can recover from into messages instead of error pages:
 * <ul>
 * <li>an expired view reloads the same page with a notice ({@code ?expired=true});</li>
 * <li>a PSA that cannot be reached during a form submit (Ajax or not) keeps the page and what was
 * typed, and says so in the global messages.</li>
 * </ul>
 * Everything else goes on to OmniFaces' FullAjaxExceptionHandler, which renders the web.xml error
 * page for Ajax requests too.
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {

    static final String MESSAGES = "messages";
    private static final Logger LOG = Logger.getLogger(PortalExceptionHandler.class.getName());

    public PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            ViewExpiredException expired = find(thrown, ViewExpiredException.class);
            if (expired != null && !context.getExternalContext().isResponseCommitted()) {
                events.remove();
                reload(context, expired.getViewId());
            } else if (find(thrown, PsaUnavailableException.class) != null && context.isPostback()
                    && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
                events.remove();
                LOG.log(Level.WARNING, "The PSA is not reachable; the page keeps the user''s input: {0}",
                        thrown.getMessage());
                keepPage(context);
            }
        }
        getWrapped().handle();
    }

    private static void reload(FacesContext context, String viewId) {
        ExternalContext external = context.getExternalContext();
        String target = viewId == null ? "/home.xhtml" : viewId;
        try {
            external.redirect(external.getRequestContextPath() + target + "?expired=true");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    private static void keepPage(FacesContext context) {
        Messages.error("error.psaUnavailable.retry");
        context.validationFailed();
        if (context.getPartialViewContext().isAjaxRequest()) {
            context.getPartialViewContext().getRenderIds().add(MESSAGES);
        }
        context.renderResponse();
    }

    static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
