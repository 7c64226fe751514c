package dev.portico.portal.shell;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal's languages and how a request's language is chosen: an explicit choice (the session, then the
 * {@value #COOKIE} cookie) wins, then the browser's {@code Accept-Language}, then English. Also the one date
 * and number format per language (medium date, short time, the language's grouping), so every page shows
 * the same.
 *
 * <p>A new language needs {@code text_xx}/{@code messages_xx} bundles, an entry here and a
 * {@code supported-locale} in faces-config.xml.
 */
public final class PortalLocales {

    /** The default language: English, also for a request without {@code Accept-Language}. */
    public static final Locale DEFAULT = Locale.ENGLISH;

    /** Every language the portal speaks, the default first; the same as faces-config.xml's locale-config. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);

    /** The query parameter that chooses a language ({@code ?lang=de}), handled by {@link LanguageFilter}. */
    public static final String PARAMETER = "lang";

    /** The long-lived cookie that remembers the choice on this browser. */
    public static final String COOKIE = "portal-lang";

    /** The session attribute that holds the choice (a language tag, a String). */
    public static final String SESSION_ATTRIBUTE = "dev.portico.portal.language";

    private PortalLocales() {
    }

    /** The supported language a tag names ({@code de}, {@code de-AT}, {@code DE}), if any. */
    public static Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }

    /**
     * The language of a request.
     *
     * @param chosen         the explicit choice (session or cookie), or null
     * @param acceptLanguage the {@code Accept-Language} header, or null
     */
    public static Locale resolve(String chosen, String acceptLanguage) {
        return supported(chosen).orElseGet(() -> fromAcceptLanguage(acceptLanguage));
    }

    /** The first supported language of an {@code Accept-Language} header by weight; English otherwise. */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0 || range.getRange().startsWith("*")) {
                continue;
            }
            Optional<Locale> match = supported(range.getRange());
            if (match.isPresent()) {
                return match.get();
            }
        }
        return DEFAULT;
    }

    /** The language of the page being rendered; English outside a Faces request. */
    public static Locale current() {
        FacesContext context = FacesContext.getCurrentInstance();
        UIViewRoot root = context == null ? null : context.getViewRoot();
        return root == null || root.getLocale() == null ? DEFAULT : supported(root.getLocale().toLanguageTag())
                .orElse(DEFAULT);
    }

    /**
     * The locale dates and numbers are formatted in: the portal's English is British English
     * ({@code 2 May 2025, 10:30}), German is Germany's ({@code 02.05.2025, 10:30}).
     */
    public static Locale formatting(Locale language) {
        return Locale.GERMAN.getLanguage().equals(language.getLanguage()) ? Locale.GERMANY : Locale.UK;
    }

    /** Medium date, e.g. {@code 2 May 2025} or {@code 02.05.2025}; empty for null. */
    public static String date(Instant instant, ZoneId zone, Locale language) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(formatting(language)).format(instant.atZone(zone));
    }

    /** Medium date and short time, e.g. {@code 2 May 2025, 10:30} or {@code 02.05.2025, 10:30}; empty for null. */
    public static String dateTime(Instant instant, ZoneId zone, Locale language) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(formatting(language)).format(instant.atZone(zone));
    }

    /** A count or amount with the language's grouping: {@code 12,345} or {@code 12.345}; empty for null. */
    public static String number(Number value, Locale language) {
        if (value == null) {
            return "";
        }
        java.text.NumberFormat format = value instanceof Double || value instanceof Float
                || value instanceof java.math.BigDecimal
                ? java.text.NumberFormat.getNumberInstance(formatting(language))
                : java.text.NumberFormat.getIntegerInstance(formatting(language));
        return format.format(value);
    }
}
