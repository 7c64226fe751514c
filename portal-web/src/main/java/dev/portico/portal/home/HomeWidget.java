package dev.portico.portal.home;

import dev.portico.psa.Permission;
import java.util.Optional;

/**
 * One card on the home page, contributed by a feature through {@link HomeWidgetContribution}.
 *
 * @param id       stable id, rendered as {@code widget-<id>}
 * @param include  the Facelets fragment rendering the card's body, e.g. {@code /WEB-INF/includes/home/welcome.xhtml}
 * @param order    position, lowest first
 * @param wide     whether the card spans the whole row
 * @param requires the permission needed to see it; empty for every signed-in user
 */
public record HomeWidget(String id, String include, int order, boolean wide, Optional<Permission> requires) {

    public String getId() {
        return "widget-" + id;
    }

    public String getInclude() {
        return include;
    }

    public boolean isWide() {
        return wide;
    }
}
