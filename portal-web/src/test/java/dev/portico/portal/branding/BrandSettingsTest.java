package dev.portico.portal.branding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.portal.branding.BrandSettings.Logo;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrandSettingsTest {

    private static BrandSettings withText(String helpdeskPhone, String welcomeText) {
        BrandSettings defaults = BrandSettings.defaults();
        return new BrandSettings(defaults.name(), defaults.logo(), defaults.primaryColor(), helpdeskPhone, "",
                welcomeText);
    }

    @Test
    void defaultsNeedNoConfiguration() {
        BrandSettings brand = BrandSettings.defaults();

        assertEquals("Portico", brand.name());
        assertEquals(Logo.Kind.BUNDLED, brand.logo().kind());
        assertEquals("#1d4ed8", brand.primaryColor());
        assertEquals("", brand.helpdeskPhone());
        assertTrue(brand.welcomeText().startsWith("Welcome to our customer support portal."));
    }

    @Test
    void everythingComesFromConfiguration() {
        BrandSettings brand = new BrandSettings("Mainstream Technologies",
                Logo.parse(Optional.of("https://cdn.mainstream.example/logo.svg")),
                BrandSettings.color(Optional.of("#0A7D5A")),
                "501-801-6700", "7am-6pm CST", "First paragraph.\n\nSecond paragraph.");

        assertEquals("Mainstream Technologies", brand.name());
        assertEquals(new Logo(Logo.Kind.URL, "https://cdn.mainstream.example/logo.svg"), brand.logo());
        assertEquals("#0a7d5a", brand.primaryColor());
        assertEquals("tel:5018016700", brand.helpdeskPhoneHref());
        assertEquals("7am-6pm CST", brand.helpdeskHours());
        assertEquals(List.of("First paragraph.", "Second paragraph."), brand.welcomeParagraphs());
    }

    @Test
    void anEnvironmentVariableCanSeparateParagraphsWithALiteralBackslashN() {
        BrandSettings brand = withText("", "One.\\n\\nTwo.");

        assertEquals(List.of("One.", "Two."), brand.welcomeParagraphs());
    }

    @Test
    void colourMustBeHexSoNothingElseReachesTheStylesheet() {
        assertEquals("#aabbcc", BrandSettings.color(Optional.of("#abc")));
        assertEquals("#1d4ed8", BrandSettings.color(Optional.of("red; } body { display:none")));
        assertEquals("#1d4ed8", BrandSettings.color(Optional.of("#12345")));
    }

    @Test
    void logoAcceptsUrlsPathsAndFilesAndFallsBackOtherwise() {
        assertEquals(Logo.Kind.CONTEXT_PATH, Logo.parse(Optional.of("/branding-files/logo.png")).kind());
        assertEquals(new Logo(Logo.Kind.FILE, "/etc/portico/logo.png"), Logo.parse(Optional.of("file:/etc/portico/logo.png")));
        assertEquals(Logo.Kind.URL, Logo.parse(Optional.of("data:image/png;base64,AAAA")).kind());
        assertEquals(Logo.Kind.BUNDLED, Logo.parse(Optional.of("javascript:alert(1)")).kind());
        assertEquals(Logo.Kind.BUNDLED, Logo.parse(Optional.of("//evil.example/logo.png")).kind());
        assertEquals(Logo.Kind.BUNDLED, Logo.parse(Optional.of("https:// not a url")).kind());
    }

    @Test
    void anExternalLogoOriginIsAllowedInTheContentSecurityPolicy() {
        assertEquals(Optional.of("https://cdn.example:8443"),
                Logo.parse(Optional.of("https://cdn.example:8443/img/logo.svg")).externalOrigin());
        assertEquals(Optional.empty(), Logo.parse(Optional.of("/logo.svg")).externalOrigin());
        assertEquals(Optional.empty(), Logo.parse(Optional.of("data:image/png;base64,AAAA")).externalOrigin());
    }

    @Test
    void phoneLinkKeepsOnlyDigitsAndALeadingPlus() {
        BrandSettings brand = withText("+1 (555) 010-0100", BrandSettings.DEFAULT_WELCOME_TEXT);

        assertEquals("tel:+15550100100", brand.helpdeskPhoneHref());
    }

    @Test
    void paletteDerivesShadesAndAReadableTextColour() {
        BrandPalette dark = BrandPalette.of("#1d4ed8");
        BrandPalette light = BrandPalette.of("#facc15");

        assertEquals("#ffffff", dark.primaryContrast());
        assertEquals("#0f172a", light.primaryContrast());
        assertEquals("#1840b1", dark.primaryDark());
        assertTrue(dark.css().contains("--portal-primary: #1d4ed8;"), dark.css());
        assertTrue(dark.css().contains("--portal-focus-ring: rgba(29, 78, 216, 0.35);"), dark.css());
    }

    @Test
    void theGermanDefaultWelcomeTextIsOneGermanParagraph() {
        List<String> paragraphs = BrandSettings.paragraphs(BrandSettings.DEFAULT_WELCOME_TEXT_GERMAN);
        assertEquals(1, paragraphs.size());
        assertTrue(paragraphs.get(0).startsWith("Willkommen in unserem Kundenportal."));
        assertTrue(paragraphs.get(0).contains("k\u00f6nnen Sie"));
    }
}
