package dev.portico.portal.ticket.detail;

import dev.portico.psa.ticket.Attachment;
import java.io.Serializable;
import java.time.Instant;

/**
 * One entry of a ticket's Activity timeline.
 *
 * @param author     who wrote or added it; empty for events
 * @param attachment set for {@link Kind#ATTACHMENT}
 */
public record ActivityItem(Kind kind, Instant at, String author, boolean fromCustomer, String text,
        Attachment attachment) implements Serializable {

    /** What happened. */
    public enum Kind {
        NOTE, RESOLUTION, ATTACHMENT, CREATED, COMPLETED
    }

    public String getKind() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    public String getIcon() {
        return switch (kind) {
            case NOTE -> fromCustomer ? "pi pi-user" : "pi pi-comment";
            case RESOLUTION -> "pi pi-check-square";
            case ATTACHMENT -> "pi pi-paperclip";
            case CREATED -> "pi pi-flag";
            case COMPLETED -> "pi pi-check-circle";
        };
    }
}
