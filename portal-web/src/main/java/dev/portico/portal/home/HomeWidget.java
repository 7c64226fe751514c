package dev.portico.portal.home;

import dev.portico.psa.Permission;
import java.util.Optional;

/**
 * One card on the home page, contributed by a feature through {@link HomeWidgetContribution}.
 *
 * @param id       stable id, rendered as {@code widget-<id>}
 * @param include  the Facelets fragment rendering the card's body, e.g. {@code /WEB-INF/includes/home/welcome.xhtml}
 * @param order    position, lowest first
 * @param width    how much of a row the card takes on wide screens (phones always show one card per row)
 * @param requires the permission needed to see it; empty for every signed-in user
 */
public record HomeWidget(String id, String include, int order, Width width, Optional<Permission> requires) {

    /** A third, two thirds or the whole of a row. */
    public enum Width {
        THIRD, TWO_THIRDS, FULL
    }

    /** @param wide whether the card spans the whole row (otherwise a third) */
    public HomeWidget(String id, String include, int order, boolean wide, Optional<Permission> requires) {
        this(id, include, order, wide ? Width.FULL : Width.THIRD, requires);
    }

    public String getId() {
        return "widget-" + id;
    }

    public String getInclude() {
        return include;
    }

    public boolean isWide() {
        return width == Width.FULL;
    }

    /** The card's CSS modifier, e.g. {@code portal-widget--two-thirds}. */
    public String getWidthClass() {
        return "portal-widget--" + width.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
