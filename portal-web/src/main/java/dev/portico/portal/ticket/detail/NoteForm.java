package dev.portico.portal.ticket.detail;

import dev.portico.portal.ticket.EmailList;
import dev.portico.portal.ticket.TicketFeatures;
import dev.portico.psa.ticket.NewTicketNote;
import java.io.Serializable;
import java.util.List;

/**
 * The full "New Ticket Note" form. The title, and the recipients and notify choice, are only sent where the PSA
 * has them ({@link TicketFeatures#isNoteTitles()}, {@link TicketFeatures#isNoteRecipients()}); the view shows
 * their inputs on the same condition.
 */
public class NoteForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String text;
    private boolean appendToResolution;
    private boolean notifyResources = true;
    private String recipients;

    /** The note to send; call only when {@link #recipientList()} is valid. */
    public NewTicketNote toNote(TicketFeatures features) {
        String body = text == null ? "" : text.strip();
        String heading = title == null || !features.isNoteTitles() ? "" : title.strip();
        boolean recipientsAllowed = features.isNoteRecipients();
        return new NewTicketNote(heading.isEmpty() ? null : heading, body, appendToResolution,
                !recipientsAllowed || notifyResources, recipientsAllowed ? recipientList().addresses() : List.of());
    }

    public EmailList recipientList() {
        return EmailList.parse(recipients);
    }

    public void reset() {
        title = null;
        text = null;
        appendToResolution = false;
        notifyResources = true;
        recipients = null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isAppendToResolution() {
        return appendToResolution;
    }

    public void setAppendToResolution(boolean appendToResolution) {
        this.appendToResolution = appendToResolution;
    }

    public boolean isNotifyResources() {
        return notifyResources;
    }

    public void setNotifyResources(boolean notifyResources) {
        this.notifyResources = notifyResources;
    }

    public String getRecipients() {
        return recipients;
    }

    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }
}
