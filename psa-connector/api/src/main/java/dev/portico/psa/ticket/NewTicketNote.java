package dev.portico.psa.ticket;

import java.io.Serializable;
import java.util.List;

/**
 * A note the customer adds.
 *
 * @param title the note's title, or null; only for PSAs whose notes have titles
 *        ({@link dev.portico.psa.PsaCapabilities#noteTitles()}), other adapters ignore it
 * @param appendToResolution also a resolution note
 * @param notifyResources let the PSA notify the MSP's resources on the ticket
 * @param otherRecipients further e-mail addresses copied on the ticket's notifications
 */
public record NewTicketNote(
        String title, String text, boolean appendToResolution, boolean notifyResources, List<String> otherRecipients)
        implements Serializable {

    public NewTicketNote {
        otherRecipients = otherRecipients == null ? List.of() : List.copyOf(otherRecipients);
    }

    public NewTicketNote(String text, boolean appendToResolution, boolean notifyResources, List<String> otherRecipients) {
        this(null, text, appendToResolution, notifyResources, otherRecipients);
    }

    public static NewTicketNote quick(String text) {
        return new NewTicketNote(null, text, false, true, List.of());
    }
}
