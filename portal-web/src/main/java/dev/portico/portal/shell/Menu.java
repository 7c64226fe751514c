package dev.portico.portal.shell;

import dev.portico.portal.security.CurrentUser;
import dev.portico.psa.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The main menu of the signed-in user: every contributed entry the user may see, in order. */
@Named
@RequestScoped
public class Menu {

    @Inject
    Instance<MenuContribution> contributions;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext facesContext;

    private List<Item> items;

    public List<Item> getItems() {
        if (items == null) {
            String viewId = facesContext.getViewRoot() == null ? null : facesContext.getViewRoot().getViewId();
            Map<String, String> parameters = facesContext.getExternalContext().getRequestParameterMap();
            items = visible(contributions.stream().flatMap(contribution -> contribution.menuEntries().stream()),
                    currentUser::may).stream()
                    .map(entry -> new Item("menu-" + entry.id(), entry, entry.activeFor(viewId),
                            entry.children().stream()
                                    .map(child -> new Item("menu-" + entry.id() + "-" + child.id(), child,
                                            child.currentFor(viewId, parameters), List.of()))
                                    .toList()))
                    .toList();
        }
        return items;
    }

    /** The entries a user with the given permissions sees, in menu order, each with only its visible children. */
    static List<MenuEntry> visible(Stream<MenuEntry> entries, Predicate<Permission> may) {
        return entries.flatMap(entry -> entry.visibleTo(may).stream())
                .sorted(Comparator.comparingInt(MenuEntry::order).thenComparing(MenuEntry::id))
                .toList();
    }

    /** An entry as rendered: with its element id, whether it is the current section, and its drop-down. */
    public record Item(String id, MenuEntry entry, boolean active, List<Item> children) {

        public String getId() {
            return id;
        }

        public String getLabelKey() {
            return entry.labelKey();
        }

        public String getViewId() {
            return entry.viewId();
        }

        public String getIcon() {
            return entry.icon();
        }

        public boolean isActive() {
            return active;
        }

        public List<Item> getChildren() {
            return children;
        }

        public boolean isParent() {
            return !children.isEmpty();
        }
    }
}
