package dev.portico.portal.home;

import java.util.List;

/** Implemented by features (as CDI beans) that put a card on the home page dashboard. */
public interface HomeWidgetContribution {

    List<HomeWidget> homeWidgets();
}
