package dev.portico.portal.branding;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The MSP's brand as configured: name, logo, primary colour, helpdesk contact and welcome text.
 * Values are validated here so nothing from configuration reaches CSS or HTML unchecked.
 */
public record BrandSettings(
        String name,
        Logo logo,
        String primaryColor,
        String helpdeskPhone,
        String helpdeskHours,
        String welcomeText) {

    public static final String NAME = "portal.brand.name";
    public static final String LOGO = "portal.brand.logo";
    public static final String PRIMARY_COLOR = "portal.brand.primary-color";
    public static final String HELPDESK_PHONE = "portal.brand.helpdesk-phone";
    public static final String HELPDESK_HOURS = "portal.brand.helpdesk-hours";
    public static final String WELCOME_TEXT = "portal.brand.welcome-text";
    /** The welcome text for pages in German; without it German pages show the configured welcome text. */
    public static final String WELCOME_TEXT_GERMAN = "portal.brand.welcome-text.de";

    static final String DEFAULT_NAME = "Portico";
    static final String DEFAULT_PRIMARY_COLOR = "#1d4ed8";
    static final String DEFAULT_WELCOME_TEXT = "Welcome to our customer support portal. Here you can raise new "
            + "support requests, follow the progress of your open tickets and reply to our technicians. If you "
            + "need to talk to a technician, please call our helpdesk.";
    /** German pages' welcome text when neither welcome text is configured. */
    static final String DEFAULT_WELCOME_TEXT_GERMAN = "Willkommen in unserem Kundenportal. Hier k\u00f6nnen Sie neue "
            + "Supportanfragen stellen, den Fortschritt Ihrer offenen Tickets verfolgen und unseren Technikern "
            + "antworten. Wenn Sie mit einem Techniker sprechen m\u00f6chten, rufen Sie bitte unseren Helpdesk an.";

    private static final Logger LOG = Logger.getLogger(BrandSettings.class.getName());
    private static final Pattern HEX_COLOR = Pattern.compile("#(\\p{XDigit}{3}|\\p{XDigit}{6})");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R|\\\\n\\\\n");

    /** The brand when nothing is configured. */
    public static BrandSettings defaults() {
        return new BrandSettings(DEFAULT_NAME, Logo.parse(Optional.empty()), DEFAULT_PRIMARY_COLOR, "", "",
                DEFAULT_WELCOME_TEXT);
    }

    /** Normalises {@code #abc} and {@code #AABBCC} to {@code #aabbcc}; anything else falls back to the default. */
    static String color(Optional<String> configured) {
        if (configured.isEmpty()) {
            return DEFAULT_PRIMARY_COLOR;
        }
        String value = configured.get().trim();
        if (!HEX_COLOR.matcher(value).matches()) {
            LOG.warning(() -> PRIMARY_COLOR + " must be a hex colour such as #1d4ed8; using the default instead of '"
                    + value + "'");
            return DEFAULT_PRIMARY_COLOR;
        }
        String hex = value.substring(1).toLowerCase(Locale.ROOT);
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        return "#" + hex;
    }

    /** The welcome text split at blank lines (or a literal {@code \n\n} in an environment variable). */
    public List<String> welcomeParagraphs() {
        return paragraphs(welcomeText);
    }

    /** A text split at blank lines (or a literal {@code \n\n} in an environment variable). */
    public static List<String> paragraphs(String text) {
        return Arrays.stream(PARAGRAPH_BREAK.split(text))
                .map(String::strip)
                .filter(paragraph -> !paragraph.isEmpty())
                .toList();
    }

    /** The phone number as a {@code tel:} link target: digits and a leading plus only. */
    public String helpdeskPhoneHref() {
        String digits = helpdeskPhone.replaceAll("[^0-9+]", "");
        if (digits.indexOf('+', 1) > 0) {
            digits = digits.charAt(0) + digits.substring(1).replace("+", "");
        }
        return digits.isEmpty() ? "" : "tel:" + digits;
    }

    /** Where the logo comes from; see docs/configuration.md for the accepted forms. */
    public record Logo(Kind kind, String location) {

        public enum Kind {
            /** The SVG shipped in the WAR. */
            BUNDLED,
            /** An http(s) or data: URL used as is. */
            URL,
            /** A path inside the portal's own context, e.g. {@code /branding-files/logo.png}. */
            CONTEXT_PATH,
            /** A file on the server, served by the portal at /branding/logo. */
            FILE
        }

        static Logo parse(Optional<String> configured) {
            if (configured.isEmpty()) {
                return new Logo(Kind.BUNDLED, "");
            }
            String value = configured.get();
            String lower = value.toLowerCase(Locale.ROOT);
            if (lower.startsWith("data:image/")) {
                return new Logo(Kind.URL, value);
            }
            if (lower.startsWith("https://") || lower.startsWith("http://")) {
                try {
                    if (java.net.URI.create(value).getHost() != null) {
                        return new Logo(Kind.URL, value);
                    }
                } catch (IllegalArgumentException e) {
                    // falls through to the warning below
                }
            }
            if (lower.startsWith("file:")) {
                return new Logo(Kind.FILE, value.substring("file:".length()));
            }
            if (value.startsWith("/") && !value.startsWith("//")) {
                return new Logo(Kind.CONTEXT_PATH, value);
            }
            LOG.warning(() -> LOGO + " must be an http(s) URL with a host, a path starting with / or file:<path on the server>; "
                    + "using the bundled logo instead of '" + value + "'");
            return new Logo(Kind.BUNDLED, "");
        }

        /** The origin to allow in the Content-Security-Policy img-src, if the logo lives elsewhere. */
        public Optional<String> externalOrigin() {
            if (kind != Kind.URL || location.toLowerCase(Locale.ROOT).startsWith("data:")) {
                return Optional.empty();
            }
            java.net.URI uri = java.net.URI.create(location);
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            return Optional.of(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost() + port);
        }
    }
}
