package dev.portico.portal.security;

import dev.portico.portal.config.ConfigLookup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/** The configured {@link SecuritySettings}, read once at start-up. */
@ApplicationScoped
public class PortalSecurity {

    @Inject
    Config config;

    private SecuritySettings settings;

    @PostConstruct
    void init() {
        settings = SecuritySettings.from(ConfigLookup.of(config));
    }

    public SecuritySettings settings() {
        return settings;
    }
}
