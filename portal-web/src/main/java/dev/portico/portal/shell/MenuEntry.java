package dev.portico.portal.shell;

import dev.portico.psa.Permission;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One entry of the main menu, registered by a feature through {@link MenuContribution}.
 *
 * @param id       stable id, rendered as {@code menu-<id>} for tests ({@code menu-<parent>-<id>} for a child)
 * @param labelKey key in the {@code text} bundle
 * @param viewId   the page it opens, e.g. {@code /tickets/list.xhtml}; pages below
 *                 {@code /tickets/} then mark it active. A child may add a query, e.g. {@code ?view=mine}
 * @param icon     a PrimeIcons class such as {@code pi pi-home}
 * @param order    position, lowest first (children keep the order they are given in)
 * @param requires the permission needed to see the entry; empty for every signed-in user
 * @param children the entries of its drop-down, each with its own permission; empty for a plain link
 */
public record MenuEntry(String id, String labelKey, String viewId, String icon, int order,
        Optional<Permission> requires, List<MenuEntry> children) {

    public MenuEntry {
        children = List.copyOf(children);
    }

    public MenuEntry(String id, String labelKey, String viewId, String icon, int order,
            Optional<Permission> requires) {
        this(id, labelKey, viewId, icon, order, requires, List.of());
    }

    public static MenuEntry forEveryone(String id, String labelKey, String viewId, String icon, int order) {
        return new MenuEntry(id, labelKey, viewId, icon, order, Optional.empty());
    }

    public static MenuEntry requiring(Permission permission, String id, String labelKey, String viewId, String icon,
            int order) {
        return new MenuEntry(id, labelKey, viewId, icon, order, Optional.of(permission));
    }

    /** This entry with a drop-down of the given entries. */
    public MenuEntry withChildren(List<MenuEntry> entries) {
        return new MenuEntry(id, labelKey, viewId, icon, order, requires, entries);
    }

    /**
     * This entry as a user with the given permissions sees it: empty if they may not see it, otherwise
     * with only the children they may see.
     */
    public Optional<MenuEntry> visibleTo(Predicate<Permission> may) {
        if (!requires.map(may::test).orElse(true)) {
            return Optional.empty();
        }
        return Optional.of(withChildren(children.stream()
                .flatMap(child -> child.visibleTo(may).stream())
                .toList()));
    }

    /** True on the entry's own page and on every page of its section. */
    public boolean activeFor(String currentViewId) {
        if (currentViewId == null) {
            return false;
        }
        String path = path();
        if (currentViewId.equals(path)) {
            return true;
        }
        int slash = path.lastIndexOf('/');
        String section = slash > 0 ? path.substring(0, slash + 1) : path.replace(".xhtml", "/");
        return currentViewId.startsWith(section);
    }

    /** True when the current page is exactly this entry: its page with every parameter of its query. */
    public boolean currentFor(String currentViewId, Map<String, String> parameters) {
        if (currentViewId == null || !currentViewId.equals(path())) {
            return false;
        }
        int question = viewId.indexOf('?');
        if (question < 0) {
            return true;
        }
        return Arrays.stream(viewId.substring(question + 1).split("&"))
                .map(pair -> pair.split("=", 2))
                .allMatch(pair -> pair.length == 2 && pair[1].equals(parameters.get(pair[0])));
    }

    private String path() {
        int question = viewId.indexOf('?');
        return question < 0 ? viewId : viewId.substring(0, question);
    }
}
