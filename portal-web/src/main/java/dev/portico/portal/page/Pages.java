package dev.portico.portal.page;

import dev.portico.portal.shell.Messages;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The answers a page gives instead of itself: "not found" (404) and a redirect; plus building a page's URL. */
public final class Pages {

    private Pages() {
    }

    /**
     * Ends the request with 404 and the normal "not found" page. Used alike for another company's record, one the
     * user may not see, a page the user may not open and a malformed id, so none can be told apart.
     */
    public static void notFound(FacesContext context) {
        if (context.getResponseComplete()) {
            return;
        }
        try {
            context.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** Sends the browser to {@code url} (an Ajax redirect for Ajax requests) and ends the request. */
    public static void redirect(FacesContext context, String url) {
        try {
            context.getExternalContext().redirect(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /**
     * Tells the user which URL parameters were ignored ({@link ListParams#rejected()}), if any: a warning from
     * {@code messageKey} with the parameters' labels ({@code labelPrefix + name} in the bundle) as its argument.
     */
    public static void warnIgnored(List<String> rejected, String messageKey, String labelPrefix) {
        if (!rejected.isEmpty()) {
            Messages.warn(messageKey, rejected.stream().distinct().map(name -> Messages.text(labelPrefix + name))
                    .collect(Collectors.joining(", ")));
        }
    }

    /** A path with query parameters, blank values left out (e.g. {@code /tickets/list.xhtml?view=open&q=printer}). */
    public static String url(String path, Map<String, String> parameters) {
        String joined = parameters.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return joined.isEmpty() ? path : path + "?" + joined;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
