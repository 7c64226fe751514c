package dev.portico.portal.announcement;

import java.io.Serializable;
import java.time.Instant;

/**
 * One announcement as Home shows it.
 *
 * @param id      the file name without {@code .md}; stable, used in element ids
 * @param summary plain text for the card (the front matter's {@code summary}, else the start of the text)
 * @param html    the whole text as sanitized HTML, for the "More" view
 * @param start   shown from (inclusive); null: since it was published
 * @param end     shown until (exclusive); null: until it is removed
 */
public record Announcement(String id, String title, String summary, String html, Instant start, Instant end,
        Level level) implements Serializable {

    /** How it is shown: an ordinary notice, or one that warns (planned downtime, an incident). */
    public enum Level {
        INFO, WARNING
    }

    public boolean isShownAt(Instant now) {
        return (start == null || !now.isBefore(start)) && (end == null || now.isBefore(end));
    }

    public boolean isWarning() {
        return level == Level.WARNING;
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getHtml() {
        return html;
    }

    public Instant getStart() {
        return start;
    }
}
