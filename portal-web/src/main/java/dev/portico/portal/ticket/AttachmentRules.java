package dev.portico.portal.ticket;

import java.util.Optional;

/**
 * The portal's checks on a file before it is staged for upload: its type (by extension), its size against the
 * connector's limit, and how many files one form may carry. PrimeFaces checks the same in the browser; this
 * check is the one that counts.
 */
public final class AttachmentRules {

    /** Why a file was refused: a {@code text} bundle key and its arguments. */
    public record Refusal(String key, Object... arguments) {
    }

    private AttachmentRules() {
    }

    /** @param alreadyStaged files already on the form */
    public static Optional<Refusal> check(String fileName, long size, int alreadyStaged, TicketSettings settings) {
        String name = fileName == null ? "" : fileName;
        if (alreadyStaged >= settings.attachmentMaxFiles()) {
            return Optional.of(new Refusal("ticket.attach.tooMany", settings.attachmentMaxFiles()));
        }
        if (!settings.allowsFile(name)) {
            return Optional.of(new Refusal("ticket.attach.type", name, settings.acceptList().replace(",", ", ")));
        }
        if (size > settings.attachmentMaxBytes()) {
            return Optional.of(new Refusal("ticket.attach.size", name, settings.attachmentMaxMegabytes()));
        }
        if (size == 0) {
            return Optional.of(new Refusal("ticket.attach.empty", name));
        }
        return Optional.empty();
    }

    /** The file name without any folder a browser may have sent along. */
    public static String baseName(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).strip();
    }
}
