package dev.portico.portal.ticket.list;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One user's ticket list settings: the chosen columns (every ticket list) and Summary or List View. */
@Entity
@Table(name = "PORTAL_TICKET_LIST_PREFERENCE")
public class TicketListPreference {

    /** The PSA contact id; one PSA per portal, so it identifies the user. */
    @Id
    @Column(name = "CONTACT_ID", nullable = false)
    private long contactId;

    @Column(name = "COLUMN_KEYS", length = 500)
    private String columns;

    @Column(name = "LIST_MODE", length = 16)
    private String mode;

    /** Epoch seconds, like the remember-me tokens. */
    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

    protected TicketListPreference() {
    }

    public TicketListPreference(long contactId) {
        this.contactId = contactId;
    }

    public long contactId() {
        return contactId;
    }

    public ColumnLayout layout() {
        return ColumnLayout.parse(columns);
    }

    public ListMode mode() {
        if (mode == null) {
            return null;
        }
        try {
            return ListMode.valueOf(mode);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    void setLayout(ColumnLayout layout, Instant now) {
        this.columns = layout.serialize();
        this.updatedAt = now.getEpochSecond();
    }

    void setMode(ListMode mode, Instant now) {
        this.mode = mode.name();
        this.updatedAt = now.getEpochSecond();
    }
}
