package dev.portico.portal.announcement;

import dev.portico.portal.config.ConfigLookup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The configured announcements folder ({@code portal.announcements.dir}); without it there are none. The
 * folder is looked at on every use, so changes show at the next page load.
 */
@ApplicationScoped
public class AnnouncementSource {

    public static final String DIR = "portal.announcements.dir";
    private static final Logger LOG = Logger.getLogger(AnnouncementSource.class.getName());

    @Inject
    Config config;

    private AnnouncementFolder folder;
    private Clock clock = Clock.systemUTC();

    @PostConstruct
    void init() {
        ConfigLookup lookup = ConfigLookup.of(config);
        ZoneId zone = lookup.timeZone();
        folder = lookup.get(DIR).map(dir -> new AnnouncementFolder(Path.of(dir), zone)).orElse(null);
        LOG.info(() -> folder == null ? "No announcements folder configured (" + DIR + ")"
                : "Announcements are read from " + lookup.get(DIR).orElseThrow());
    }

    public List<Announcement> current() {
        return folder == null ? List.of() : folder.current(clock.instant());
    }
}
