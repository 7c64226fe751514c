package dev.portico.portal.home;

import dev.portico.portal.page.ListParam;
import java.util.List;
import java.util.Optional;

/**
 * What Home's search box opens. Input shaped like a ticket number (optionally with a leading '#': {@code 10234},
 * {@code T20240101.0001}) is looked up as one, and the PSA's adapter decides what matches: one ticket opens that
 * ticket, several open the list of them. Anything else, or a number that matches nothing, opens the ticket search
 * for the text. Blank input opens nothing.
 */
public final class SearchTarget {

    private static final int MAX_TEXT = 100;

    /** The ids of the user's tickets with a number; two are enough to tell one from several. */
    @FunctionalInterface
    public interface NumberLookup {
        List<Long> ids(String number);
    }

    private SearchTarget() {
    }

    public static Optional<String> of(String input, DrillLinks links, NumberLookup tickets) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> number = ListParam.parseNumber(text);
        if (number.isPresent()) {
            List<Long> ids = tickets.ids(number.get());
            if (ids.size() == 1) {
                return Optional.ofNullable(links.ticket(ids.get(0)));
            }
            if (ids.size() > 1) {
                return Optional.ofNullable(links.number(number.get()));
            }
        }
        return Optional.ofNullable(links.search(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text));
    }
}
