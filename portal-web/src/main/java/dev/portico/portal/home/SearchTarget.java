package dev.portico.portal.home;

import java.util.Optional;

/**
 * What Home's search box opens: a ticket when the input is a ticket number (optionally with a leading '#'),
 * otherwise the ticket search for the text. Blank input opens nothing.
 */
public final class SearchTarget {

    private static final int MAX_TEXT = 100;

    private SearchTarget() {
    }

    public static Optional<String> of(String input, DrillLinks links) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String number = text.startsWith("#") ? text.substring(1).strip() : text;
        if (number.matches("\\d{1,18}") && Long.parseLong(number) > 0) {
            return Optional.of(links.ticket(Long.parseLong(number)));
        }
        return Optional.of(links.search(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text));
    }
}
