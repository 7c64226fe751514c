package dev.portico.portal.ticket;

import dev.portico.psa.PsaCapabilities;
import dev.portico.psa.reference.RequestType;
import dev.portico.psa.ticket.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What the ticket screens offer, decided by the PSA's {@link PsaCapabilities} and never by which PSA it is
 * ({@code #{ticketFeatures.noteTitles}}, {@code #{ticketFeatures.showsImpact(ticket)}}).
 */
@Named
@ApplicationScoped
public class TicketFeatures {

    @Inject
    PsaCapabilities capabilities;

    /** For CDI. */
    protected TicketFeatures() {
    }

    private TicketFeatures(PsaCapabilities capabilities) {
        this.capabilities = capabilities;
    }

    /** For tests and plain Java. */
    public static TicketFeatures of(PsaCapabilities capabilities) {
        return new TicketFeatures(capabilities);
    }

    /** The new-ticket form asks urgency and impact: the PSA has them and the request type wants them. */
    public boolean asksUrgencyAndImpact(RequestType type) {
        return capabilities.urgencyAndImpact() && type != null && type.asksUrgencyAndImpact();
    }

    /** A note has a title input. */
    public boolean isNoteTitles() {
        return capabilities.noteTitles();
    }

    /** A note can copy further recipients and choose whether to notify the MSP. */
    public boolean isNoteRecipients() {
        return capabilities.noteRecipients();
    }

    /** The ticket page shows the impact row: the PSA has impacts and the ticket one. */
    public boolean showsImpact(Ticket ticket) {
        return capabilities.urgencyAndImpact() && ticket != null && ticket.impact() != null;
    }

    /** The ticket page shows the severity (urgency) row. */
    public boolean showsSeverity(Ticket ticket) {
        return capabilities.urgencyAndImpact() && ticket != null && ticket.severity() != null;
    }

    /** The text key of the search hint, which says whether descriptions are searched. */
    public String getSearchHintKey() {
        return capabilities.descriptionSearch() ? "ticket.search.hint.description" : "ticket.search.hint.title";
    }

    /** The text key of the new-ticket title's hint, which says whether searches also look at the description. */
    public String getSummaryHintKey() {
        return capabilities.descriptionSearch() ? "ticket.new.summary.hint.description" : "ticket.new.summary.hint";
    }

    public long getAttachmentMaxBytes() {
        return capabilities.attachmentMaxBytes();
    }
}
