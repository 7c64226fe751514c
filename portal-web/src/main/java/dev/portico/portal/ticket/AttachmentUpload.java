package dev.portico.portal.ticket;

import dev.portico.portal.shell.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/** Stages one PrimeFaces upload, or says next to the upload component why it was refused. */
public final class AttachmentUpload {

    private static final Logger LOG = Logger.getLogger(AttachmentUpload.class.getName());

    private AttachmentUpload() {
    }

    public static void stage(AttachmentStaging staging, FileUploadEvent event, TicketSettings settings) {
        UploadedFile file = event.getFile();
        String clientId = event.getComponent().getClientId();
        try (InputStream content = file.getInputStream()) {
            staging.add(file.getFileName(), file.getContentType(), file.getSize(), content, settings)
                    .ifPresent(refusal -> Messages.errorFor(clientId, refusal.key(), refusal.arguments()));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "An upload could not be staged", e);
            Messages.errorFor(clientId, "ticket.attach.failed", AttachmentRules.baseName(file.getFileName()));
        }
    }
}
