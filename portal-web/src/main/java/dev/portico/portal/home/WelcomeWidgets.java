package dev.portico.portal.home;

import dev.portico.portal.home.HomeWidget.Width;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The branded welcome text and the helpdesk card; always shown, below the ticket figures. */
@ApplicationScoped
public class WelcomeWidgets implements HomeWidgetContribution {

    @Override
    public List<HomeWidget> homeWidgets() {
        return List.of(
                new HomeWidget("welcome", "/WEB-INF/includes/home/welcome.xhtml", 80, Width.TWO_THIRDS, Optional.empty()),
                new HomeWidget("helpdesk", "/WEB-INF/includes/home/helpdesk.xhtml", 90, Width.THIRD, Optional.empty()));
    }
}
