package dev.portico.portal.shell;

import dev.portico.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;

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
            items = contributions.stream()
                    .flatMap(contribution -> contribution.menuEntries().stream())
                    .filter(entry -> entry.requires().map(currentUser::may).orElse(true))
                    .sorted(Comparator.comparingInt(MenuEntry::order).thenComparing(MenuEntry::id))
                    .map(entry -> new Item(entry, entry.activeFor(viewId)))
                    .toList();
        }
        return items;
    }

    /** An entry as rendered: with whether it is the current section. */
    public record Item(MenuEntry entry, boolean active) {

        public String getId() {
            return "menu-" + entry.id();
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
    }
}
