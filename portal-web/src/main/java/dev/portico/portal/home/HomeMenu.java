package dev.portico.portal.home;

import dev.portico.portal.shell.MenuContribution;
import dev.portico.portal.shell.MenuEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class HomeMenu implements MenuContribution {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(MenuEntry.forEveryone("home", "menu.home", "/home.xhtml", "pi pi-home", 0));
    }
}
