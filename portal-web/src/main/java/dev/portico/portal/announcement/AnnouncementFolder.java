package dev.portico.portal.announcement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The announcements in one folder of {@code *.md} files. Each look lists the folder and re-reads only the files
 * whose modification time or size changed, so the MSP adds, edits, or deletes a file and the next page load
 * shows it, without a redeploy. A file that cannot be read or parsed is logged once per version and skipped.
 */
public final class AnnouncementFolder {

    static final long MAX_FILE_BYTES = 256 * 1024;
    static final int MAX_FILES = 100;
    private static final Logger LOG = Logger.getLogger(AnnouncementFolder.class.getName());

    private record Version(Instant modified, long size) {
    }

    /** A parsed file; {@code announcement} is null when the file was refused. */
    private record Entry(Version version, Announcement announcement) {
    }

    private final Path folder;
    private final ZoneId zone;
    private final Map<Path, Entry> cache = new ConcurrentHashMap<>();

    public AnnouncementFolder(Path folder, ZoneId zone) {
        this.folder = folder;
        this.zone = zone;
    }

    /** Those shown at {@code now}, newest first. */
    public List<Announcement> current(Instant now) {
        return all().stream().filter(a -> a.isShownAt(now))
                .sorted(Comparator.comparing((Announcement a) -> a.start() == null ? Instant.EPOCH : a.start())
                        .reversed().thenComparing(Announcement::id))
                .toList();
    }

    /** Every valid announcement in the folder, whatever its dates. */
    public List<Announcement> all() {
        if (!Files.isDirectory(folder)) {
            cache.clear();
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.md")) {
            for (Path file : stream) {
                if (files.size() >= MAX_FILES) {
                    LOG.warning(() -> "More than " + MAX_FILES + " announcements in " + folder + "; the rest are ignored");
                    break;
                }
                if (!file.getFileName().toString().startsWith(".")) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            LOG.warning(() -> "Announcements folder " + folder + " cannot be read: " + e);
            return List.of();
        }
        cache.keySet().retainAll(files);
        List<Announcement> found = new ArrayList<>();
        for (Path file : files) {
            Announcement announcement = read(file);
            if (announcement != null) {
                found.add(announcement);
            }
        }
        return found;
    }

    private Announcement read(Path file) {
        Version version;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return null;
            }
            version = new Version(attributes.lastModifiedTime().toInstant(), attributes.size());
        } catch (IOException e) {
            return null;
        }
        Entry cached = cache.get(file);
        if (cached != null && cached.version().equals(version)) {
            return cached.announcement();
        }
        Announcement parsed = null;
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - 3).replaceAll("[^A-Za-z0-9_-]", "-");
        try {
            if (version.size() > MAX_FILE_BYTES) {
                throw new IllegalArgumentException("it is larger than " + MAX_FILE_BYTES / 1024 + " KB");
            }
            parsed = AnnouncementParser.parse(id, Files.readString(file, StandardCharsets.UTF_8), zone);
        } catch (IllegalArgumentException | IOException e) {
            LOG.warning(() -> "Announcement " + file + " is not shown: " + e.getMessage());
        }
        cache.put(file, new Entry(version, parsed));
        return parsed;
    }
}
