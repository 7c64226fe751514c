package dev.portico.portal.announcement;

import dev.portico.portal.home.HomeWidget;
import dev.portico.portal.home.HomeWidget.Width;
import dev.portico.portal.home.HomeWidgetContribution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Puts the announcements card at the top of Home while there is something to announce. */
@ApplicationScoped
public class AnnouncementWidgets implements HomeWidgetContribution {

    @Inject
    Announcements announcements;

    @Override
    public List<HomeWidget> homeWidgets() {
        if (announcements.getCurrent().isEmpty()) {
            return List.of();
        }
        return List.of(new HomeWidget("announcements", "/WEB-INF/includes/home/announcements.xhtml", 5, Width.FULL,
                Optional.empty()));
    }
}
