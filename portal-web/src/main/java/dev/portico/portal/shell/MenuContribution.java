package dev.portico.portal.shell;

import java.util.List;

/**
 * Implemented by each feature (as a CDI bean) that adds entries to the main menu. The menu shows
 * an entry only when the signed-in user holds its permission, so it lists only sections that exist
 * and that the user may open.
 */
public interface MenuContribution {

    List<MenuEntry> menuEntries();
}
