package dev.portico.portal.it;

import dev.portico.portal.page.RequiresPermission;
import dev.portico.psa.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Test-only backing bean (added to the deployment by TicketPagesIT): a page that needs VIEW_REPORTS. */
@Named
@RequestScoped
@RequiresPermission(Permission.VIEW_REPORTS)
public class GuardedProbe {

    private boolean loaded;

    public void onload() {
        loaded = true;
    }

    public String getText() {
        return loaded ? "guarded page shown" : "not loaded";
    }
}
