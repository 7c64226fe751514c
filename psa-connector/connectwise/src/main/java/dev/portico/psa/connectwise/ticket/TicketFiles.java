package dev.portico.psa.connectwise.ticket;

import dev.portico.psa.Download;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaRejectedException;
import dev.portico.psa.PsaRejectedException.FieldProblem;
import dev.portico.psa.PsaRejectedException.Keys;
import dev.portico.psa.PsaScope;
import dev.portico.psa.PsaUnavailableException;
import dev.portico.psa.connectwise.Conditions;
import dev.portico.psa.connectwise.ConnectWiseConnection;
import dev.portico.psa.connectwise.CwRawHttp.Part;
import dev.portico.psa.connectwise.CwRecord;
import dev.portico.psa.connectwise.rest.CwDocument;
import dev.portico.psa.connectwise.rest.CwListParams;
import dev.portico.psa.connectwise.rest.CwServiceNote;
import dev.portico.psa.connectwise.rest.CwTicket;
import dev.portico.psa.connectwise.rest.CwPatchOperation;
import dev.portico.psa.connectwise.rest.SystemClient;
import dev.portico.psa.ticket.Attachment;
import dev.portico.psa.ticket.NewAttachment;
import dev.portico.psa.ticket.NewTicketNote;
import dev.portico.psa.ticket.TicketNote;
import java.io.InputStream;
import java.net.URLConnection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Notes and attachments of a ticket. Notes and documents carry no company in ConnectWise, so every call
 * first (in parallel) reads the parent ticket and answers "not found" unless it is in scope. Only
 * discussion and resolution notes and public documents are ever returned.
 */
final class TicketFiles {

    private static final String NOTE_FIELDS = "id,ticketId,text,detailDescriptionFlag,internalAnalysisFlag,"
            + "resolutionFlag,member,contact,dateCreated,createdBy,internalFlag,_info";
    private static final String DOCUMENT_FIELDS = "id,title,fileName,owner,publicFlag,size,createdOnDate,_info";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s;,\"<>]{1,64}@[^@\\s;,\"<>]{1,190}\\.[A-Za-z]{2,24}");
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(TicketFiles.class.getName());

    private final TicketAccess access;

    TicketFiles(TicketAccess access) {
        this.access = access;
    }

    List<TicketNote> notes(PsaScope scope, long ticketId) {
        CompletableFuture<CwTicket> owner = access.ownedAsync(scope, ticketId, "id,company,contact");
        return visibleNotes(ticketId, TicketAccess.whenOwned(owner, notesAsync(ticketId, access.cw.settings().maxPageSize())));
    }

    /**
     * The customer-visible notes, unchecked: call only for a ticket already known to be in scope. ConnectWise keeps
     * the description as the oldest of them, so that one is flagged as the description.
     */
    CompletableFuture<List<CwServiceNote>> notesAsync(long ticketId, int pageSize) {
        String conditions = Conditions.on(CwRecord.SERVICE_NOTE).anyOf(
                Conditions.on(CwRecord.SERVICE_NOTE).is("detailDescriptionFlag", true),
                Conditions.on(CwRecord.SERVICE_NOTE).is("resolutionFlag", true)).build();
        return access.cw.readAsync(() -> access.service().notes(ticketId,
                CwListParams.where(conditions).fields(NOTE_FIELDS).orderBy("id asc").page(1, pageSize)));
    }

    static List<TicketNote> visibleNotes(long ticketId, List<CwServiceNote> notes) {
        List<CwServiceNote> visible = notes.stream().filter(CwServiceNote::customerVisible).toList();
        List<TicketNote> result = new ArrayList<>(visible.size());
        for (int i = 0; i < visible.size(); i++) {
            result.add(TicketMapper.note(visible.get(i), ticketId, i == 0));
        }
        return List.copyOf(result);
    }

    TicketNote addNote(PsaScope scope, long ticketId, NewTicketNote note) {
        if (note.text() == null || note.text().isBlank()) {
            throw new PsaRejectedException("A note needs text", List.of(FieldProblem.of("text", Keys.REQUIRED, "Enter the note")));
        }
        List<String> bad = note.otherRecipients().stream().filter(a -> !EMAIL.matcher(a.strip()).matches()).toList();
        if (!bad.isEmpty()) {
            throw new PsaRejectedException("Invalid e-mail address", List.of(
                    new FieldProblem("otherRecipients", Keys.NOT_EMAIL, String.join(", ", bad), true)));
        }
        CwTicket ticket = access.owned(scope, ticketId, TicketAccess.OWNER_FIELDS);
        if (!note.otherRecipients().isEmpty()) {
            copyRecipients(ticket, note.otherRecipients());
        }
        String heading = note.title() == null ? "" : note.title().strip();
        String text = heading.isEmpty() ? note.text().strip() : heading + "\n\n" + note.text().strip();
        CwServiceNote body = CwServiceNote.fromContact(text, scope.contactId(), note.appendToResolution(),
                note.notifyResources());
        CwServiceNote saved = access.cw.write(() -> access.service().addNote(ticketId, body));
        return TicketMapper.note(saved, ticketId);
    }

    /** Adds the addresses to the ticket's CC list, which ConnectWise copies on its notifications. */
    private void copyRecipients(CwTicket ticket, List<String> recipients) {
        Set<String> cc = new LinkedHashSet<>();
        if (ticket.automaticEmailCc() != null) {
            for (String existing : ticket.automaticEmailCc().split(";")) {
                if (!existing.isBlank()) {
                    cc.add(existing.strip());
                }
            }
        }
        recipients.forEach(r -> cc.add(r.strip()));
        String joined = String.join(";", cc);
        if (joined.length() > 1000) {
            throw new PsaRejectedException("Too many recipients", List.of(
                    FieldProblem.of("otherRecipients", Keys.LIST_FULL, "The ticket's copy list is full")));
        }
        access.cw.write(() -> access.cw.raw().patch("/service/tickets/" + ticket.id(), List.of(
                CwPatchOperation.replace("automaticEmailCcFlag", true),
                CwPatchOperation.replace("automaticEmailCc", joined)), CwTicket.class));
    }

    List<Attachment> attachments(PsaScope scope, long ticketId) {
        CompletableFuture<CwTicket> owner = access.ownedAsync(scope, ticketId, "id,company,contact");
        CompletableFuture<List<CwDocument>> documents = access.cw.readAsync(() -> documents(ticketId, null));
        return TicketAccess.whenOwned(owner, documents).stream()
                .filter(d -> !Boolean.FALSE.equals(d.publicFlag()))
                .map(TicketMapper::attachment)
                .toList();
    }

    Attachment attach(PsaScope scope, long ticketId, NewAttachment file) {
        long limit = access.cw.mappings().attachmentMaxBytes();
        if (file.size() > limit) {
            throw tooLarge(limit);
        }
        if (file.fileName() == null || file.fileName().isBlank()) {
            throw new PsaRejectedException("A file is required", List.of(FieldProblem.of("file", Keys.REQUIRED, "Choose a file")));
        }
        access.owned(scope, ticketId, "id,company,contact");
        String title = file.title() == null || file.title().isBlank() ? file.fileName() : file.title().strip();
        List<LimitedInputStream> opened = new ArrayList<>();
        List<Part> parts = List.of(
                Part.text("recordType", "Ticket"),
                Part.text("recordId", Long.toString(ticketId)),
                Part.text("title", title),
                Part.text("privateFlag", "false"),
                new Part("file", file.fileName(), file.contentType(), () -> {
                    LimitedInputStream limited = new LimitedInputStream(file.content().get(), limit);
                    opened.add(limited);
                    return limited;
                }));
        try {
            CwDocument saved = access.cw.write(() -> access.cw.raw().postMultipart("/system/documents", parts,
                    CwDocument.class));
            if (opened.stream().anyMatch(LimitedInputStream::exceeded)) {
                LOG.severe(() -> "An upload to ticket " + ticketId + " was cut off at the size limit but the PSA answered "
                        + "as if stored (document " + (saved == null ? "?" : saved.id()) + "); remove it in the PSA");
                throw tooLarge(limit);
            }
            return TicketMapper.attachment(saved);
        } catch (PsaUnavailableException failed) {
            if (opened.stream().anyMatch(LimitedInputStream::exceeded)) {
                throw tooLarge(limit);
            }
            throw failed;
        }
    }

    Download download(PsaScope scope, long ticketId, long attachmentId) {
        CompletableFuture<CwTicket> owner = access.ownedAsync(scope, ticketId, "id,company,contact");
        CompletableFuture<List<CwDocument>> listed = access.cw.readAsync(() -> documents(ticketId, attachmentId));
        CwDocument document = TicketAccess.whenOwned(owner, listed).stream()
                .filter(d -> Objects.equals(d.id(), attachmentId) && !Boolean.FALSE.equals(d.publicFlag()))
                .findFirst()
                .orElseThrow(() -> new PsaNotFoundException("Attachment"));
        InputStream content = access.cw.read(() -> access.cw.client(SystemClient.class).download(attachmentId));
        String fileName = document.fileName() == null ? "attachment-" + attachmentId : document.fileName();
        String type = URLConnection.guessContentTypeFromName(fileName);
        return new Download(fileName, type == null ? "application/octet-stream" : type,
                document.size() == null ? -1 : document.size(), content);
    }

    private List<CwDocument> documents(long ticketId, Long onlyId) {
        Conditions conditions = Conditions.on(CwRecord.DOCUMENT).is("publicFlag", true);
        if (onlyId != null) {
            conditions.is("id", onlyId);
        }
        return access.cw.client(SystemClient.class).documents("Ticket", ticketId,
                CwListParams.where(conditions.build()).fields(DOCUMENT_FIELDS).orderBy("id asc").page(1, access.cw.settings().maxPageSize()));
    }

    private static PsaRejectedException tooLarge(long limit) {
        return new PsaRejectedException("The file is too large", List.of(
                new FieldProblem("file", Keys.TOO_LARGE, "Files may be at most " + (limit / (1024 * 1024)) + " MB", true)));
    }
}
