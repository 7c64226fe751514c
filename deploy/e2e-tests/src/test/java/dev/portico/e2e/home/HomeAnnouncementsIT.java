package dev.portico.e2e.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.e2e.support.Browser;
import dev.portico.e2e.support.DemoServer;
import dev.portico.e2e.support.DemoServerExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Announcements come from the server's folder (see DemoServerExtension), appear, open in full, and expire. */
@ExtendWith(DemoServerExtension.class)
class HomeAnnouncementsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private final Path folder = DemoServerExtension.announcementsDir();

    @BeforeEach
    void emptyFolder() throws IOException {
        Files.createDirectories(folder);
        clean();
    }

    @AfterEach
    void clean() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void currentAnnouncementsAppearSanitizedAndExpiredOrFutureOnesDoNot(DemoServer server) throws IOException {
        // Arrange
        write("outage", "Email outage tonight", TODAY.minusDays(1), TODAY.plusDays(1), "warning",
                "Our mail relay is **down** from 22:00.\n\n<script>document.title='hacked'</script>"
                        + "<a href=\"javascript:alert(1)\" onclick=\"alert(2)\">click</a>\n\n- item one\n- item two");
        write("old", "Last month's notice", TODAY.minusDays(40), TODAY.minusDays(10), "info", "Old news.");
        write("later", "Next month's notice", TODAY.plusDays(10), TODAY.plusDays(20), "info", "Not yet.");

        try (Browser browser = Browser.open(server)) {
            // Act
            HomePage.logIn(browser, "sam.standard@contoso.example");

            // Assert
            assertEquals(List.of("announcement-outage"), shownIds(browser));
            WebElement outage = browser.find(By.id("announcement-outage"));
            assertTrue(outage.getText().contains("Email outage tonight"), outage.getText());
            assertTrue(outage.getText().contains("Our mail relay is down from 22:00."), outage.getText());
            assertTrue(outage.getAttribute("class").contains("home-announcement--warning"));

            outage.findElement(By.cssSelector("button")).click();
            WebElement text = browser.find(By.id("announcement-outage-text"));
            String html = text.getAttribute("innerHTML");
            assertTrue(html.contains("<strong>down</strong>"), html);
            assertTrue(html.contains("<li>item two</li>"), html);
            assertFalse(html.contains("<script") || html.contains("javascript:") || html.contains("onclick"), html);
            assertFalse(browser.driver().getTitle().contains("hacked"));
        }
    }

    @Test
    void editingOrAddingFilesShowsAtTheNextPageLoadWithoutARedeploy(DemoServer server) throws IOException {
        Path notice = write("notice", "Office move", TODAY.minusDays(2), TODAY.plusDays(5), "info", "We move.");
        try (Browser browser = Browser.open(server)) {
            HomePage home = HomePage.logIn(browser, "olly.own@contoso.example");
            assertEquals(List.of("announcement-notice"), shownIds(browser));

            // the MSP ends it early and posts a new one
            touch(write("notice", "Office move", TODAY.minusDays(2), TODAY.minusDays(1), "info", "We moved."), 5);
            write("phones", "New phone system", TODAY.minusDays(1), null, "info", "Call us on the new number.");
            home.reload();
            assertEquals(List.of("announcement-phones"), shownIds(browser));

            Files.delete(notice);
            Files.delete(folder.resolve("phones.md"));
            home.reload();
            assertTrue(browser.driver().findElements(By.id("widget-announcements")).isEmpty());
        }
    }

    private Path write(String id, String title, LocalDate start, LocalDate end, String level, String body)
            throws IOException {
        String front = "---\ntitle: " + title + "\nstart: " + start + "\n" + (end == null ? "" : "end: " + end + "\n")
                + "level: " + level + "\n---\n";
        return Files.writeString(folder.resolve(id + ".md"), front + body + "\n");
    }

    /** Some file systems keep modification times to the second; make a rewrite visibly newer. */
    private static Path touch(Path file, int seconds) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(seconds)));
        return file;
    }

    private static List<String> shownIds(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".home-announcement")).stream()
                .map(e -> e.getAttribute("id")).toList();
    }
}
