package dev.portico.portal.branding;

import dev.portico.portal.branding.BrandSettings.Logo;
import dev.portico.portal.config.ConfigValues;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configured brand as the views see it ({@code #{brand.name}}, {@code #{brand.logoUrl}} ...). */
@Named
@ApplicationScoped
public class Brand {

    static final String STYLESHEET_PATH = "/branding/brand.css";
    static final String LOGO_PATH = "/branding/logo";

    @Inject
    @ConfigProperty(name = BrandSettings.NAME)
    Optional<String> name;
    @Inject
    @ConfigProperty(name = BrandSettings.LOGO)
    Optional<String> logo;
    @Inject
    @ConfigProperty(name = BrandSettings.PRIMARY_COLOR)
    Optional<String> primaryColor;
    @Inject
    @ConfigProperty(name = BrandSettings.HELPDESK_PHONE)
    Optional<String> helpdeskPhone;
    @Inject
    @ConfigProperty(name = BrandSettings.HELPDESK_HOURS)
    Optional<String> helpdeskHours;
    @Inject
    @ConfigProperty(name = BrandSettings.WELCOME_TEXT)
    Optional<String> welcomeText;
    @Inject
    @ConfigProperty(name = BrandSettings.WELCOME_TEXT_GERMAN)
    Optional<String> welcomeTextGerman;

    @Inject
    ServletContext servletContext;

    private BrandSettings settings;
    private List<String> germanWelcome;
    private BrandPalette palette;
    private String version;

    @PostConstruct
    void init() {
        settings = new BrandSettings(
                ConfigValues.text(name, BrandSettings.DEFAULT_NAME),
                Logo.parse(ConfigValues.present(logo)),
                BrandSettings.color(ConfigValues.present(primaryColor)),
                ConfigValues.text(helpdeskPhone, ""),
                ConfigValues.text(helpdeskHours, ""),
                ConfigValues.text(welcomeText, BrandSettings.DEFAULT_WELCOME_TEXT));
        // an MSP's own welcome text beats the built-in German one on German pages
        germanWelcome = BrandSettings.paragraphs(ConfigValues.text(welcomeTextGerman,
                ConfigValues.present(welcomeText).isPresent() ? settings.welcomeText()
                        : BrandSettings.DEFAULT_WELCOME_TEXT_GERMAN));
        palette = BrandPalette.of(settings.primaryColor());
        version = Integer.toHexString(settings.hashCode());
    }

    public BrandSettings settings() {
        return settings;
    }

    public BrandPalette palette() {
        return palette;
    }

    public String getName() {
        return settings.name();
    }

    public String getLogoUrl() {
        Logo logo = settings.logo();
        return switch (logo.kind()) {
            case URL -> logo.location();
            case CONTEXT_PATH -> servletContext.getContextPath() + logo.location();
            case BUNDLED, FILE -> servletContext.getContextPath() + LOGO_PATH + "?v=" + version;
        };
    }

    public String getStylesheetUrl() {
        return servletContext.getContextPath() + STYLESHEET_PATH + "?v=" + version;
    }

    public boolean isHelpdeskPhoneSet() {
        return !settings.helpdeskPhone().isEmpty();
    }

    public String getHelpdeskPhone() {
        return settings.helpdeskPhone();
    }

    public String getHelpdeskPhoneHref() {
        return settings.helpdeskPhoneHref();
    }

    public boolean isHelpdeskHoursSet() {
        return !settings.helpdeskHours().isEmpty();
    }

    public String getHelpdeskHours() {
        return settings.helpdeskHours();
    }

    /** The welcome text in the page's language: German pages get {@value BrandSettings#WELCOME_TEXT_GERMAN}. */
    public List<String> getWelcomeParagraphs() {
        FacesContext context = FacesContext.getCurrentInstance();
        boolean german = context != null && context.getViewRoot() != null && context.getViewRoot().getLocale() != null
                && "de".equals(context.getViewRoot().getLocale().getLanguage());
        return german ? germanWelcome : settings.welcomeParagraphs();
    }
}
