package dev.portico.portal.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/**
 * The header's language switcher ({@code #{languages.options}}): one link per language to the current page
 * with {@code ?lang=xx}, which {@link LanguageFilter} remembers and removes again.
 */
@Named("languages")
@RequestScoped
public class LanguageSwitch {

    /**
     * One language of the switcher.
     *
     * @param tag      the language tag ({@code en}, {@code de}), for {@code lang} and {@code hreflang}
     * @param labelKey the text key of the language's own name
     * @param current  whether the page is shown in it
     * @param href     the current page in that language
     */
    public record Option(String tag, String labelKey, boolean current, String href) {
    }

    public List<Option> getOptions() {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        Locale current = PortalLocales.current();
        String uri = request.getRequestURI();
        String query = request.getQueryString();
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (errorUri instanceof String original) {
            // an error page: its own address is under /WEB-INF; switch on the address that failed
            uri = original;
            query = null;
        }
        String page = LanguageFilter.withoutParameter(uri, query);
        return PortalLocales.SUPPORTED.stream()
                .map(locale -> new Option(locale.toLanguageTag(), "layout.language." + locale.toLanguageTag(),
                        locale.equals(current), link(page, locale.toLanguageTag())))
                .toList();
    }

    static String link(String page, String tag) {
        return page + (page.contains("?") ? "&" : "?") + PortalLocales.PARAMETER + "=" + tag;
    }
}
