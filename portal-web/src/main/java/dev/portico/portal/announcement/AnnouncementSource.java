package dev.portico.portal.announcement;

import dev.portico.portal.config.ConfigValues;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configured announcements folder ({@code portal.announcements.dir}); without it there are none. The
 * folder is looked at on every use, so changes show at the next page load.
 */
@ApplicationScoped
public class AnnouncementSource {

    public static final String DIR = "portal.announcements.dir";
    private static final Logger LOG = Logger.getLogger(AnnouncementSource.class.getName());

    @Inject
    @ConfigProperty(name = DIR)
    Optional<String> dir;
    @Inject
    @ConfigProperty(name = ConfigValues.TIME_ZONE)
    Optional<String> timeZone;

    private AnnouncementFolder folder;
    private Clock clock = Clock.systemUTC();

    @PostConstruct
    void init() {
        ZoneId zone = ConfigValues.zone(timeZone);
        Optional<String> configured = ConfigValues.present(dir);
        folder = configured.map(path -> new AnnouncementFolder(Path.of(path), zone)).orElse(null);
        LOG.info(() -> folder == null ? "No announcements folder configured (" + DIR + ")"
                : "Announcements are read from " + configured.orElseThrow());
    }

    public List<Announcement> current() {
        return folder == null ? List.of() : folder.current(clock.instant());
    }
}
