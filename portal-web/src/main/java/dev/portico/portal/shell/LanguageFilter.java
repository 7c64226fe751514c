package dev.portico.portal.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Handles the language switcher's links: a GET with {@code ?lang=de} stores the choice in the session and
 * in a long-lived cookie ({@value PortalLocales#COOKIE}, one year), then redirects to the same address
 * without the parameter, so the page is rendered fresh in that language ({@link LocaleViewHandler}).
 */
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final int COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // a form post's parameters must not be read here: that would parse its body before Faces sets UTF-8
        String value = "GET".equals(request.getMethod()) ? request.getParameter(PortalLocales.PARAMETER) : null;
        if (value == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Locale> chosen = PortalLocales.supported(value);
        if (chosen.isPresent()) {
            String tag = chosen.get().toLanguageTag();
            request.getSession().setAttribute(PortalLocales.SESSION_ATTRIBUTE, tag);
            response.addHeader("Set-Cookie", cookie(tag, request.getContextPath(), request.isSecure()));
        }
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(withoutParameter(request.getRequestURI(), request.getQueryString()));
    }

    static String cookie(String tag, String contextPath, boolean secure) {
        String path = contextPath == null || contextPath.isEmpty() ? "/" : contextPath;
        return PortalLocales.COOKIE + "=" + tag + "; Path=" + path + "; Max-Age=" + COOKIE_MAX_AGE_SECONDS
                + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
    }

    /** The address without any {@code lang} parameter, the rest of the query kept as sent. */
    static String withoutParameter(String uri, String query) {
        if (query == null || query.isEmpty()) {
            return uri;
        }
        String rest = Arrays.stream(query.split("&"))
                .filter(part -> !part.equals(PortalLocales.PARAMETER) && !part.startsWith(PortalLocales.PARAMETER + "="))
                .collect(Collectors.joining("&"));
        return rest.isEmpty() ? uri : uri + "?" + rest;
    }
}
