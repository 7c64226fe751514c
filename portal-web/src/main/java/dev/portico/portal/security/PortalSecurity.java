package dev.portico.portal.security;

import dev.portico.portal.config.ConfigValues;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configured {@link SecuritySettings}, read once at start-up. */
@ApplicationScoped
public class PortalSecurity {

    @Inject
    @ConfigProperty(name = SecuritySettings.COOKIE_SECURE)
    Optional<String> cookieSecure;
    @Inject
    @ConfigProperty(name = SecuritySettings.REMEMBER_ME_DAYS)
    Optional<String> rememberMeDays;
    @Inject
    @ConfigProperty(name = SecuritySettings.ACCOUNT_MAX_FAILURES)
    Optional<String> accountMaxFailures;
    @Inject
    @ConfigProperty(name = SecuritySettings.ADDRESS_MAX_FAILURES)
    Optional<String> addressMaxFailures;
    @Inject
    @ConfigProperty(name = SecuritySettings.THROTTLE_WINDOW_MINUTES)
    Optional<String> throttleWindowMinutes;
    @Inject
    @ConfigProperty(name = SecuritySettings.FRAME_ANCESTORS)
    Optional<String> frameAncestors;
    @Inject
    @ConfigProperty(name = SecuritySettings.PASSWORD_MIN_LENGTH)
    Optional<String> passwordMinLength;

    private SecuritySettings settings;

    @PostConstruct
    void init() {
        settings = new SecuritySettings(
                SecuritySettings.cookieSecurity(ConfigValues.text(cookieSecure, "auto")),
                Duration.ofDays(ConfigValues.integer(SecuritySettings.REMEMBER_ME_DAYS, rememberMeDays, 14)),
                ConfigValues.integer(SecuritySettings.ACCOUNT_MAX_FAILURES, accountMaxFailures, 5),
                ConfigValues.integer(SecuritySettings.ADDRESS_MAX_FAILURES, addressMaxFailures, 5),
                Duration.ofMinutes(
                        ConfigValues.integer(SecuritySettings.THROTTLE_WINDOW_MINUTES, throttleWindowMinutes, 15)),
                ConfigValues.text(frameAncestors, "'self'"),
                ConfigValues.integer(SecuritySettings.PASSWORD_MIN_LENGTH, passwordMinLength, 8));
    }

    /** Reads the settings when the application starts, so a bad value stops the deployment naming its key. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        settings();
    }

    public SecuritySettings settings() {
        return settings;
    }
}
