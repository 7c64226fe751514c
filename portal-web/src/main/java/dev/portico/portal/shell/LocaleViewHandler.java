package dev.portico.portal.shell;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Map;

/**
 * Gives every new view the request's language ({@link PortalLocales#resolve}): the session's choice, the
 * {@value PortalLocales#COOKIE} cookie, the browser's {@code Accept-Language}, English. The view's locale
 * drives the bundles, {@code <html lang>} and the date and number formats. Registered in faces-config.xml.
 */
public class LocaleViewHandler extends ViewHandlerWrapper {

    public LocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        return PortalLocales.resolve(chosen(external), external.getRequestHeaderMap().get("Accept-Language"));
    }

    private static String chosen(ExternalContext external) {
        Map<String, Object> session = external.getSessionMap();
        Object inSession = external.getSession(false) == null ? null : session.get(PortalLocales.SESSION_ATTRIBUTE);
        if (inSession instanceof String tag) {
            return tag;
        }
        Object cookie = external.getRequestCookieMap().get(PortalLocales.COOKIE);
        return cookie instanceof jakarta.servlet.http.Cookie c ? c.getValue() : null;
    }
}
