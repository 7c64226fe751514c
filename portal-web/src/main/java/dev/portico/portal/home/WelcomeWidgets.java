package dev.portico.portal.home;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The branded welcome text and the helpdesk card; always shown. */
@ApplicationScoped
public class WelcomeWidgets implements HomeWidgetContribution {

    @Override
    public List<HomeWidget> homeWidgets() {
        return List.of(
                new HomeWidget("welcome", "/WEB-INF/includes/home/welcome.xhtml", 0, false, Optional.empty()),
                new HomeWidget("helpdesk", "/WEB-INF/includes/home/helpdesk.xhtml", 10, false, Optional.empty()));
    }
}
