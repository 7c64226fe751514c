package dev.portico.portal.ticket.create;

import java.util.function.Function;

/**
 * Puts the form's optional texts (troubleshooting steps, error messages, which system when unsure about the
 * configuration item) into the ticket description as labelled sections, since the PSA has no fields for them.
 */
public final class TicketDescription {

    static final String TROUBLESHOOTING = "ticket.new.section.troubleshooting";
    static final String ERRORS = "ticket.new.section.errors";
    static final String UNSURE = "ticket.new.section.unsure";

    private TicketDescription() {
    }

    /** @param labels section headings by text bundle key */
    public static String compose(String description, String troubleshooting, String errors, String unsure,
            Function<String, String> labels) {
        StringBuilder text = new StringBuilder(strip(description));
        section(text, labels.apply(TROUBLESHOOTING), troubleshooting);
        section(text, labels.apply(ERRORS), errors);
        section(text, labels.apply(UNSURE), unsure);
        return text.toString();
    }

    private static void section(StringBuilder text, String heading, String body) {
        String value = strip(body);
        if (value.isEmpty()) {
            return;
        }
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        text.append(heading).append(":\n").append(value);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
