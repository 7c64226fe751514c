package dev.portico.portal.ticket;

import dev.portico.psa.ticket.NewAttachment;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Files chosen on a form but not yet sent to the PSA, each with the name the user gives it. The uploads are
 * copied to temporary files (never held in memory or in the session) and deleted once sent or removed.
 */
public class AttachmentStaging implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AttachmentStaging.class.getName());

    /** One staged file; {@code name} is what the PSA shows as the attachment's title. */
    public static final class Staged implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String id = UUID.randomUUID().toString();
        private final String fileName;
        private final String contentType;
        private final long size;
        private final String path;
        private String name;

        Staged(String fileName, String contentType, long size, Path path) {
            this.fileName = fileName;
            this.contentType = contentType;
            this.size = size;
            this.path = path.toString();
            int dot = fileName.lastIndexOf('.');
            this.name = dot > 0 ? fileName.substring(0, dot) : fileName;
        }

        public String getId() {
            return id;
        }

        public String getFileName() {
            return fileName;
        }

        public long getSize() {
            return size;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        NewAttachment toNewAttachment() {
            Path file = Path.of(path);
            String title = name == null || name.isBlank() ? fileName : name.strip();
            return new NewAttachment(title, fileName, contentType, size, () -> {
                try {
                    return Files.newInputStream(file);
                } catch (IOException e) {
                    throw new UncheckedIOException("The staged upload " + file + " is gone", e);
                }
            });
        }

        void delete() {
            try {
                Files.deleteIfExists(Path.of(path));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "A staged upload could not be deleted: " + path, e);
            }
        }
    }

    private final List<Staged> files = new ArrayList<>();

    /**
     * Checks and stages one upload.
     *
     * @return the refusal, when the file is not accepted
     */
    public Optional<AttachmentRules.Refusal> add(String fileName, String contentType, long size, InputStream content,
            TicketSettings settings) throws IOException {
        String name = AttachmentRules.baseName(fileName);
        Optional<AttachmentRules.Refusal> refusal = AttachmentRules.check(name, size, files.size(), settings);
        if (refusal.isPresent()) {
            return refusal;
        }
        Path temp = Files.createTempFile("portico-upload-", ".part");
        try {
            long copied = Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
            if (copied > settings.attachmentMaxBytes()) {
                Files.deleteIfExists(temp);
                return Optional.of(new AttachmentRules.Refusal("ticket.attach.size", name,
                        settings.attachmentMaxMegabytes()));
            }
            files.add(new Staged(name, contentType == null || contentType.isBlank() ? "application/octet-stream"
                    : contentType, copied, temp));
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    public void remove(String id) {
        files.removeIf(staged -> {
            if (staged.getId().equals(id)) {
                staged.delete();
                return true;
            }
            return false;
        });
    }

    /** Called once a file reached the PSA. */
    public void sent(Staged staged) {
        staged.delete();
        files.remove(staged);
    }

    public void clear() {
        files.forEach(Staged::delete);
        files.clear();
    }

    public List<Staged> getFiles() {
        return files;
    }

    /** A copy, so callers can send and remove while going through them. */
    public List<Staged> pending() {
        return List.copyOf(files);
    }

    public NewAttachment attachment(Staged staged) {
        return staged.toNewAttachment();
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }
}
