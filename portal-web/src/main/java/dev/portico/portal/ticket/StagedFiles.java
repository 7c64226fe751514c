package dev.portico.portal.ticket;

import jakarta.annotation.PreDestroy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.event.FileUploadEvent;

/**
 * The files chosen on a page's upload component ({@code WEB-INF/includes/tickets/attachments-upload.xhtml} with
 * {@code bean="#{stagedFiles}"}), held until the page sends them to the PSA. The temporary copies are deleted
 * when the view ends.
 */
@Named
@ViewScoped
public class StagedFiles implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TicketConfig config;

    private final AttachmentStaging staging = new AttachmentStaging();

    @PreDestroy
    void discard() {
        staging.clear();
    }

    public void upload(FileUploadEvent event) {
        AttachmentUpload.stage(staging, event, getSettings());
    }

    public void removeStaged(String stagedId) {
        staging.remove(stagedId);
    }

    public TicketSettings getSettings() {
        return config.settings();
    }

    public AttachmentStaging getStaging() {
        return staging;
    }
}
