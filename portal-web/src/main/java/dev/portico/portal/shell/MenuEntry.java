package dev.portico.portal.shell;

import dev.portico.psa.Permission;
import java.util.Optional;

/**
 * One entry of the main menu, registered by a feature through {@link MenuContribution}.
 *
 * @param id       stable id, rendered as {@code menu-<id>} for tests
 * @param labelKey key in the {@code text} bundle
 * @param viewId   the page it opens, e.g. {@code /tickets/list.xhtml}; pages below
 *                 {@code /tickets/} then mark it active
 * @param icon     a PrimeIcons class such as {@code pi pi-home}
 * @param order    position, lowest first
 * @param requires the permission needed to see the entry; empty for every signed-in user
 */
public record MenuEntry(String id, String labelKey, String viewId, String icon, int order,
        Optional<Permission> requires) {

    public static MenuEntry forEveryone(String id, String labelKey, String viewId, String icon, int order) {
        return new MenuEntry(id, labelKey, viewId, icon, order, Optional.empty());
    }

    public static MenuEntry requiring(Permission permission, String id, String labelKey, String viewId, String icon,
            int order) {
        return new MenuEntry(id, labelKey, viewId, icon, order, Optional.of(permission));
    }

    /** True on the entry's own page and on every page of its section. */
    public boolean activeFor(String currentViewId) {
        if (currentViewId == null) {
            return false;
        }
        if (currentViewId.equals(viewId)) {
            return true;
        }
        int slash = viewId.lastIndexOf('/');
        String section = slash > 0 ? viewId.substring(0, slash + 1) : viewId.replace(".xhtml", "/");
        return currentViewId.startsWith(section);
    }
}
