package dev.portico.portal.announcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnouncementFolderTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void showsCurrentOnesNewestFirstAndHidesExpiredAndFutureOnes() throws IOException {
        write("old.md", "---\ntitle: Old\nstart: 2026-10-01\nend: 2026-10-31\n---\nGone.");
        write("future.md", "---\ntitle: Future\nstart: 2026-12-01\n---\nNot yet.");
        write("current.md", "---\ntitle: Current\nstart: 2026-11-01\nend: 2026-11-30\n---\nNow.");
        write("newest.md", "---\ntitle: Newest\nstart: 2026-11-22\n---\nNewer.");
        write("undated.md", "---\ntitle: Undated\n---\nAlways.");
        write("notes.txt", "not an announcement");

        List<String> titles = titles(new AnnouncementFolder(dir, ZoneOffset.UTC).current(NOW));

        assertEquals(List.of("Newest", "Current", "Undated"), titles);
    }

    @Test
    void changedAddedAndDeletedFilesShowAtTheNextLook() throws IOException {
        AnnouncementFolder folder = new AnnouncementFolder(dir, ZoneOffset.UTC);
        Path file = write("notice.md", "---\ntitle: First\n---\nText.");
        assertEquals(List.of("First"), titles(folder.current(NOW)));

        Files.writeString(file, "---\ntitle: Second version\n---\nText.");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertEquals(List.of("Second version"), titles(folder.current(NOW)));

        Files.writeString(file, "---\ntitle: Expired\nend: 2026-11-22\n---\nText.");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
        assertEquals(List.of(), titles(folder.current(NOW)));

        write("other.md", "---\ntitle: Other\n---\nText.");
        Files.delete(file);
        assertEquals(List.of("Other"), titles(folder.current(NOW)));
    }

    @Test
    void brokenFilesAreSkippedAndAMissingFolderHasNone() throws IOException {
        write("broken.md", "no front matter");
        write("fine.md", "---\ntitle: Fine\n---\n");

        assertEquals(List.of("Fine"), titles(new AnnouncementFolder(dir, ZoneOffset.UTC).current(NOW)));
        assertTrue(new AnnouncementFolder(dir.resolve("missing"), ZoneOffset.UTC).current(NOW).isEmpty());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static List<String> titles(List<Announcement> announcements) {
        return announcements.stream().map(Announcement::title).toList();
    }
}
