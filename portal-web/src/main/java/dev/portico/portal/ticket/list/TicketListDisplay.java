package dev.portico.portal.ticket.list;

import dev.portico.portal.page.Pages;
import dev.portico.portal.security.CurrentUser;
import dev.portico.portal.shell.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How the ticket list is shown, as the user keeps it: Summary or List mode and the chosen columns (the column
 * chooser), read from and saved to the user's stored preference. A preference that cannot be read or saved
 * leaves the defaults; the list still works.
 */
@Named
@ViewScoped
public class TicketListDisplay implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(TicketListDisplay.class.getName());

    @Inject
    TicketPreferences preferences;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext facesContext;

    private long contactId;
    private ColumnLayout layout = ColumnLayout.defaults();
    private ListMode mode = ListMode.SUMMARY;
    private TicketListColumns chooser;

    @PostConstruct
    void init() {
        contactId = currentUser.scope().contactId();
        try {
            preferences.find(contactId).ifPresent(stored -> {
                layout = stored.layout();
                if (stored.mode() != null) {
                    mode = stored.mode();
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Ticket list preferences could not be read; using the defaults", e);
        }
        chooser = new TicketListColumns(layout);
    }

    public void showSummary() {
        changeMode(ListMode.SUMMARY);
    }

    public void showList() {
        changeMode(ListMode.LIST);
    }

    private void changeMode(ListMode chosen) {
        mode = chosen;
        try {
            preferences.saveMode(contactId, chosen);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The ticket list mode could not be saved", e);
        }
    }

    /** Saves the column chooser and reloads the list at {@code listUrl}, whose columns are built from the layout. */
    public void saveColumns(String listUrl) {
        ColumnLayout chosen = chooser.chosen();
        try {
            preferences.saveLayout(contactId, chosen);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The ticket columns could not be saved", e);
            Messages.error("ticket.columns.notSaved");
            return;
        }
        facesContext.getExternalContext().getFlash().setKeepMessages(true);
        Messages.info("ticket.columns.saved");
        Pages.redirect(facesContext, listUrl);
    }

    ColumnLayout layout() {
        return layout;
    }

    public List<TicketColumn> getColumns() {
        return layout.columns();
    }

    public TicketListColumns getChooser() {
        return chooser;
    }

    public boolean isSummaryMode() {
        return mode == ListMode.SUMMARY;
    }
}
