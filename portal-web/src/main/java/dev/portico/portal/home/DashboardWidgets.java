package dev.portico.portal.home;

import dev.portico.portal.home.HomeWidget.Width;
import dev.portico.portal.security.CurrentUser;
import dev.portico.psa.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ticket dashboard's cards. Every user sees the ticket cards: their figures follow the user's permissions
 * (own tickets or the company's), and each card leaves out what the user may not see. The Recommendations and
 * Knowledge Base card is there only when it has something to offer.
 */
@ApplicationScoped
public class DashboardWidgets implements HomeWidgetContribution {

    static final String DIR = "/WEB-INF/includes/home/";

    @Inject
    CurrentUser currentUser;

    @Inject
    HomeDestinations destinations;

    @Override
    public List<HomeWidget> homeWidgets() {
        List<HomeWidget> widgets = new ArrayList<>(List.of(
                new HomeWidget("statistics", DIR + "statistics.xhtml", 10, Width.FULL, Optional.empty()),
                new HomeWidget("tickets", DIR + "open-tickets.xhtml", 20, Width.TWO_THIRDS, Optional.empty()),
                new HomeWidget("alerts", DIR + "alerts.xhtml", 30, Width.THIRD, Optional.empty()),
                new HomeWidget("months", DIR + "chart-months.xhtml", 40, Width.TWO_THIRDS, Optional.empty()),
                new HomeWidget("types", DIR + "chart-types.xhtml", 50, Width.THIRD, Optional.empty())));
        if (currentUser.may(Permission.VIEW_RECOMMENDATIONS) || destinations.knowledgeBase() != null) {
            widgets.add(new HomeWidget("resources", DIR + "resources.xhtml", 35, Width.THIRD, Optional.empty()));
        }
        return widgets;
    }
}
