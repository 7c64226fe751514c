package dev.portico.portal.announcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AnnouncementParserTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void readsTheFrontMatterAndRendersTheText() {
        Announcement a = AnnouncementParser.parse("maintenance", """
                ---
                title: Planned maintenance on Saturday
                summary: "The portal is unavailable from 22:00 to 23:00."
                start: 2026-11-20
                end: 2026-11-28
                level: warning
                ---
                We upgrade our **service desk**. See [the status page](https://status.example.com).
                """, LONDON);

        assertEquals("maintenance", a.id());
        assertEquals("Planned maintenance on Saturday", a.title());
        assertEquals("The portal is unavailable from 22:00 to 23:00.", a.summary());
        assertTrue(a.isWarning());
        assertEquals(Instant.parse("2026-11-20T00:00:00Z"), a.start());
        assertEquals(Instant.parse("2026-11-29T00:00:00Z"), a.end(), "a bare end date includes that whole day");
        assertTrue(a.html().contains("<strong>service desk</strong>"), a.html());
        assertTrue(a.html().contains("href=\"https://status.example.com\""), a.html());
    }

    @Test
    void datesMayHaveATimeAndAnOffset() {
        Announcement a = AnnouncementParser.parse("x", """
                ---
                title: T
                start: 2026-07-01T08:30
                end: 2026-07-02T10:00:00+02:00
                ---
                Text.
                """, LONDON);

        assertEquals(Instant.parse("2026-07-01T07:30:00Z"), a.start(), "local time in the portal's zone (BST)");
        assertEquals(Instant.parse("2026-07-02T08:00:00Z"), a.end());
    }

    @Test
    void withoutSummaryTheFirstParagraphIsUsedAsPlainText() {
        Announcement a = AnnouncementParser.parse("x", """
                ---
                title: New phone number
                ---
                # Heading

                Our helpdesk has a **new** number: [call us](tel:+15550100).

                Second paragraph.
                """, LONDON);

        assertEquals("Our helpdesk has a new number: call us.", a.summary());
        assertNull(a.start());
        assertNull(a.end());
        assertFalse(a.isWarning());
    }

    @Test
    void aLongSummaryIsShortenedAtAWord() {
        String words = "word ".repeat(100);
        Announcement a = AnnouncementParser.parse("x", "---\ntitle: T\n---\n" + words, LONDON);

        assertTrue(a.summary().length() <= AnnouncementRenderer.SUMMARY_LENGTH, a.summary());
        assertTrue(a.summary().endsWith("word\u2026"), a.summary());
    }

    @Test
    void brokenFilesAreRefusedWithTheReason() {
        assertEquals("it has no title", refused("---\nsummary: s\n---\nText"));
        assertEquals("the front matter has no closing '---' line", refused("---\ntitle: T\n"));
        assertEquals("it must start with a '---' line and the front matter", refused("title: T\nText"));
        assertEquals("it ends before it starts", refused("---\ntitle: T\nstart: 2026-05-02\nend: 2026-05-01T12:00\n---\n"));
        assertTrue(refused("---\ntitle: T\nend: next friday\n---\n").startsWith("end 'next friday' is not a date"));
        assertTrue(refused("---\ntitle: T\nlevel: urgent\n---\n").startsWith("level must be info or warning"));
    }

    @Test
    void shownOnlyBetweenStartAndEnd() {
        Announcement a = AnnouncementParser.parse("x", "---\ntitle: T\nstart: 2026-11-20\nend: 2026-11-28\n---\n",
                ZoneId.of("UTC"));

        assertFalse(a.isShownAt(Instant.parse("2026-11-19T23:59:59Z")));
        assertTrue(a.isShownAt(Instant.parse("2026-11-20T00:00:00Z")));
        assertTrue(a.isShownAt(Instant.parse("2026-11-28T23:59:59Z")));
        assertFalse(a.isShownAt(Instant.parse("2026-11-29T00:00:00Z")));
    }

    private static String refused(String content) {
        return assertThrows(IllegalArgumentException.class, () -> AnnouncementParser.parse("x", content, LONDON))
                .getMessage();
    }
}
