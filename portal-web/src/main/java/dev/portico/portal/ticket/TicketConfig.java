package dev.portico.portal.ticket;

import dev.portico.portal.config.ConfigValues;
import dev.portico.psa.PsaCapabilities;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configured {@link TicketSettings} ({@code portal.ticket.*}, {@code portal.time-zone}), read once at start-up. */
@ApplicationScoped
public class TicketConfig {

    @Inject
    @ConfigProperty(name = TicketSettings.PAGE_SIZE)
    Optional<String> pageSize;
    @Inject
    @ConfigProperty(name = TicketSettings.EXPORT_MAX_ROWS)
    Optional<String> exportMaxRows;
    @Inject
    @ConfigProperty(name = TicketSettings.ALLOWED_FILE_TYPES)
    Optional<String> allowedFileTypes;
    @Inject
    @ConfigProperty(name = TicketSettings.MAX_FILES)
    Optional<String> maxFiles;
    @Inject
    @ConfigProperty(name = TicketSettings.TIME_ZONE)
    Optional<String> zone;

    @Inject
    PsaCapabilities capabilities;

    private TicketSettings settings;

    @PostConstruct
    void init() {
        settings = new TicketSettings(
                ConfigValues.integer(TicketSettings.PAGE_SIZE, pageSize, 25),
                ConfigValues.integer(TicketSettings.EXPORT_MAX_ROWS, exportMaxRows, 5000),
                capabilities.attachmentMaxBytes(),
                TicketSettings.fileTypes(ConfigValues.text(allowedFileTypes, TicketSettings.DEFAULT_TYPES)),
                ConfigValues.integer(TicketSettings.MAX_FILES, maxFiles, 10),
                ConfigValues.zone(zone));
    }

    public TicketSettings settings() {
        return settings;
    }
}
