package dev.portico.portal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortalLocalesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant MAY_2 = Instant.parse("2025-05-02T08:30:00Z");

    @Test
    void aGermanBrowserGetsGerman() {
        assertEquals(Locale.GERMAN, PortalLocales.resolve(null, "de-DE,de;q=0.9,en;q=0.8"));
        assertEquals(Locale.GERMAN, PortalLocales.resolve(null, "de-AT"));
        assertEquals(Locale.GERMAN, PortalLocales.resolve(null, "fr-FR, de;q=0.7, en;q=0.5"));
    }

    @Test
    void unsupportedOrMissingLanguagesGetEnglish() {
        assertEquals(Locale.ENGLISH, PortalLocales.resolve(null, "fr-FR,fr;q=0.9"));
        assertEquals(Locale.ENGLISH, PortalLocales.resolve(null, null));
        assertEquals(Locale.ENGLISH, PortalLocales.resolve(null, ""));
        assertEquals(Locale.ENGLISH, PortalLocales.resolve(null, "*"));
        assertEquals(Locale.ENGLISH, PortalLocales.resolve(null, ";;;q=x"));
        assertEquals(Locale.ENGLISH, PortalLocales.resolve(null, "en-US,de;q=0.5"), "the weight decides");
    }

    @Test
    void theExplicitChoiceWins() {
        assertEquals(Locale.ENGLISH, PortalLocales.resolve("en", "de-DE,de;q=0.9"));
        assertEquals(Locale.GERMAN, PortalLocales.resolve("de", "en-US"));
        assertEquals(Locale.GERMAN, PortalLocales.resolve("de", null));
        assertEquals(Locale.GERMAN, PortalLocales.resolve("fr", "de"), "an unsupported choice is ignored");
    }

    @Test
    void supportedNamesOnlyThePortalsLanguages() {
        assertEquals(Optional.of(Locale.GERMAN), PortalLocales.supported("DE"));
        assertEquals(Optional.of(Locale.GERMAN), PortalLocales.supported("de_CH"));
        assertEquals(Optional.empty(), PortalLocales.supported("xx"));
        assertEquals(Optional.empty(), PortalLocales.supported(" "));
    }

    @Test
    void oneDateFormatPerLanguageInTheConfiguredZone() {
        assertEquals("2 May 2025", PortalLocales.date(MAY_2, BERLIN, Locale.ENGLISH));
        assertEquals("02.05.2025", PortalLocales.date(MAY_2, BERLIN, Locale.GERMAN));
        assertEquals("2 May 2025, 10:30", PortalLocales.dateTime(MAY_2, BERLIN, Locale.ENGLISH));
        assertEquals("02.05.2025, 10:30", PortalLocales.dateTime(MAY_2, BERLIN, Locale.GERMAN));
        assertEquals("02.05.2025, 08:30", PortalLocales.dateTime(MAY_2, ZoneId.of("UTC"), Locale.GERMAN));
        assertEquals("", PortalLocales.dateTime(null, BERLIN, Locale.GERMAN));
    }

    @Test
    void numbersUseTheLanguagesGrouping() {
        assertEquals("12,345", PortalLocales.number(12345L, Locale.ENGLISH));
        assertEquals("12.345", PortalLocales.number(12345, Locale.GERMAN));
        assertEquals("1.234,5", PortalLocales.number(1234.5, Locale.GERMAN));
        assertEquals("", PortalLocales.number(null, Locale.GERMAN));
    }

    @Test
    void theSwitcherParameterIsRemovedAndTheRestKept() {
        assertEquals("/p/tickets/ticket.xhtml?id=7",
                LanguageFilter.withoutParameter("/p/tickets/ticket.xhtml", "lang=de&id=7"));
        assertEquals("/p/home.xhtml", LanguageFilter.withoutParameter("/p/home.xhtml", "lang=en"));
        assertEquals("/p/list.xhtml?q=a%26b&language=x",
                LanguageFilter.withoutParameter("/p/list.xhtml", "q=a%26b&lang&language=x"));
        assertEquals("/p/list.xhtml?q=a&lang=de", LanguageSwitch.link("/p/list.xhtml?q=a", "de"));
        assertEquals("/p/home.xhtml?lang=en", LanguageSwitch.link("/p/home.xhtml", "en"));
    }

    @Test
    void theCookieIsLongLivedHttpOnlyAndSecureOverHttps() {
        assertEquals("portal-lang=de; Path=/portal; Max-Age=31536000; HttpOnly; SameSite=Lax; Secure",
                LanguageFilter.cookie("de", "/portal", true));
        assertEquals("portal-lang=en; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax",
                LanguageFilter.cookie("en", "", false));
    }
}
