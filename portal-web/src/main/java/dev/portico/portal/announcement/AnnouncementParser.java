package dev.portico.portal.announcement;

import dev.portico.portal.announcement.Announcement.Level;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one announcement file: a front matter block between {@code ---} lines, then Markdown.
 * <pre>
 * ---
 * title: Planned maintenance on Saturday
 * summary: The portal is unavailable from 22:00 to 23:00.   (optional; else the first paragraph)
 * start: 2026-11-20          (optional; a date, a local date-time 2026-11-20T08:00, or with an offset)
 * end: 2026-11-28            (optional; a date means until the end of that day)
 * level: warning             (optional; info or warning)
 * ---
 * The full text, in Markdown.
 * </pre>
 * Dates without an offset are in the portal's time zone. A file that breaks these rules is refused with the
 * reason, and never shown.
 */
public final class AnnouncementParser {

    private static final String FENCE = "---";

    private AnnouncementParser() {
    }

    /** @throws IllegalArgumentException naming what is wrong with the file */
    public static Announcement parse(String id, String content, ZoneId zone) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        String[] lines = text.split("\\R", -1);
        if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
            throw new IllegalArgumentException("it must start with a '---' line and the front matter");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        int line = 1;
        for (; line < lines.length && !lines[line].strip().equals(FENCE); line++) {
            String entry = lines[line];
            if (entry.isBlank() || entry.stripLeading().startsWith("#")) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("front matter line " + (line + 1) + " is not 'key: value'");
            }
            fields.put(entry.substring(0, colon).strip().toLowerCase(Locale.ROOT), unquote(entry.substring(colon + 1).strip()));
        }
        if (line >= lines.length) {
            throw new IllegalArgumentException("the front matter has no closing '---' line");
        }
        String body = String.join("\n", java.util.Arrays.asList(lines).subList(line + 1, lines.length)).strip();
        String title = fields.getOrDefault("title", "");
        if (title.isBlank()) {
            throw new IllegalArgumentException("it has no title");
        }
        Instant start = instant(fields.get("start"), zone, false, "start");
        Instant end = instant(fields.get("end"), zone, true, "end");
        if (start != null && end != null && !end.isAfter(start)) {
            throw new IllegalArgumentException("it ends before it starts");
        }
        String summary = fields.getOrDefault("summary", "");
        summary = summary.isBlank() ? AnnouncementRenderer.summary(body) : AnnouncementRenderer.shorten(summary);
        return new Announcement(id, title, summary, AnnouncementRenderer.html(body), start, end, level(fields.get("level")));
    }

    /**
     * @param endOfDay a bare date means the end of that day (for {@code end}), else its start
     */
    static Instant instant(String value, ZoneId zone, boolean endOfDay, String key) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " '" + value + "' is not a date such as 2026-11-20 or 2026-11-20T08:00", e);
        }
    }

    private static Level level(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("info")) {
            return Level.INFO;
        }
        if (value.equalsIgnoreCase("warning")) {
            return Level.WARNING;
        }
        throw new IllegalArgumentException("level must be info or warning, is '" + value + "'");
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
