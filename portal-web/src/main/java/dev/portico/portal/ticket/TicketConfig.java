package dev.portico.portal.ticket;

import dev.portico.portal.config.ConfigLookup;
import dev.portico.psa.PsaCapabilities;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/** The configured {@link TicketSettings}, read once at start-up. */
@ApplicationScoped
public class TicketConfig {

    @Inject
    Config config;

    @Inject
    PsaCapabilities capabilities;

    private TicketSettings settings;

    @PostConstruct
    void init() {
        settings = TicketSettings.from(ConfigLookup.of(config), capabilities.attachmentMaxBytes());
    }

    public TicketSettings settings() {
        return settings;
    }
}
