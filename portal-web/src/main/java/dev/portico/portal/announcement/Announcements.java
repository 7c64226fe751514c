package dev.portico.portal.announcement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The announcements shown now, read once per request ({@code #{announcements.current}}). */
@Named
@RequestScoped
public class Announcements {

    @Inject
    AnnouncementSource source;

    private List<Announcement> current;

    public List<Announcement> getCurrent() {
        if (current == null) {
            current = source.current();
        }
        return current;
    }
}
