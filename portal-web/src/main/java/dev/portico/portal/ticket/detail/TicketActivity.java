package dev.portico.portal.ticket.detail;

import dev.portico.psa.ticket.Attachment;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketNote;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds a ticket's Activity timeline, newest first, from what the connector exposes: customer-visible notes
 * (the connector never returns internal ones), public attachments, and the ticket's creation and completion.
 * A note that is the ticket's description ({@link TicketNote#description()}) is shown on its own, not in the
 * timeline.
 */
public final class TicketActivity {

    private TicketActivity() {
    }

    /** @param notes oldest first, as the connector returns them */
    public static List<ActivityItem> of(Ticket ticket, List<TicketNote> notes, List<Attachment> attachments) {
        List<ActivityItem> items = new ArrayList<>();
        String raisedBy = "";
        for (TicketNote note : notes) {
            if (note.description()) {
                raisedBy = note.author();
                continue;
            }
            items.add(new ActivityItem(note.resolution() ? ActivityItem.Kind.RESOLUTION : ActivityItem.Kind.NOTE,
                    note.createdAt(), note.author(), note.fromCustomer(), note.text(), null));
        }
        for (Attachment attachment : attachments) {
            items.add(new ActivityItem(ActivityItem.Kind.ATTACHMENT, attachment.createdAt(),
                    attachment.owner() == null ? "" : attachment.owner(), false, attachment.title(), attachment));
        }
        if (ticket.createdAt() != null) {
            items.add(new ActivityItem(ActivityItem.Kind.CREATED, ticket.createdAt(), raisedBy, false, null, null));
        }
        if (ticket.closed() && ticket.closedAt() != null) {
            String status = ticket.status() == null ? "" : ticket.status().label();
            items.add(new ActivityItem(ActivityItem.Kind.COMPLETED, ticket.closedAt(), "", false, status, null));
        }
        items.sort(Comparator.comparing(ActivityItem::at, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                .reversed());
        return items;
    }
}
