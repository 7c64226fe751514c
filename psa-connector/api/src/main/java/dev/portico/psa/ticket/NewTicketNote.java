package dev.portico.psa.ticket;

import java.io.Serializable;
import java.util.List;

/**
 * A note the customer adds.
 *
 * @param appendToResolution also a resolution note
 * @param notifyResources let the PSA notify the MSP's resources on the ticket
 * @param otherRecipients further e-mail addresses copied on the ticket's notifications
 */
public record NewTicketNote(
        String text, boolean appendToResolution, boolean notifyResources, List<String> otherRecipients)
        implements Serializable {

    public NewTicketNote {
        otherRecipients = otherRecipients == null ? List.of() : List.copyOf(otherRecipients);
    }

    public static NewTicketNote quick(String text) {
        return new NewTicketNote(text, false, true, List.of());
    }
}
