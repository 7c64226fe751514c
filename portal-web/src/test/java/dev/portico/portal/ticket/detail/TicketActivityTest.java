package dev.portico.portal.ticket.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.portal.ticket.Tickets;
import dev.portico.psa.Ref;
import dev.portico.psa.ticket.Attachment;
import dev.portico.psa.ticket.StatusKind;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketNote;
import dev.portico.psa.ticket.TicketStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketActivityTest {

    private static final Instant T0 = Instant.parse("2025-05-02T09:30:00Z");

    private static TicketNote note(long id, int minutes, String author, boolean customer, boolean resolution) {
        return new TicketNote(id, 1, "note " + id, author, customer, resolution, T0.plusSeconds(60L * minutes),
                id == 1);
    }

    @Test
    void theTimelineIsNewestFirstWithoutTheDescription() {
        Ticket ticket = Tickets.ticket(1, "Printer");
        List<TicketNote> notes = List.of(note(1, 0, "Ava Admin", true, false), note(2, 30, "Jo Tech", false, false),
                note(3, 90, "Ava Admin", true, false));
        Attachment file = new Attachment(5001, "Screenshot", "shot.png", 2048, T0.plusSeconds(60 * 60), "Ava Admin");

        List<ActivityItem> items = TicketActivity.of(ticket, notes, List.of(file));

        assertEquals(List.of(ActivityItem.Kind.NOTE, ActivityItem.Kind.ATTACHMENT, ActivityItem.Kind.NOTE,
                ActivityItem.Kind.CREATED), items.stream().map(ActivityItem::kind).toList());
        assertEquals("note 3", items.get(0).text());
        assertEquals("Screenshot", items.get(1).text());
        assertEquals("Ava Admin", items.get(3).author(), "raised by the author of the description");
    }

    @Test
    void aClosedTicketEndsWithItsCompletionAndResolutionNotesAreMarked() {
        Ticket open = Tickets.ticket(1, "Printer");
        Ticket closed = new Ticket(1, "1", "Printer", new TicketStatus(19, "Closed", "Closed", StatusKind.COMPLETED),
                "incident", open.type(), open.priority(), null, null, open.company(), open.contact(), null, null,
                open.site(), T0, T0, null, T0.plusSeconds(7200), true, null, null, "", List.of(new Ref(501, "CON-WS-001")));
        List<TicketNote> notes = List.of(note(1, 0, "Ava", true, false), note(2, 100, "Jo Tech", false, true));

        List<ActivityItem> items = TicketActivity.of(closed, notes, List.of());

        assertEquals(ActivityItem.Kind.COMPLETED, items.get(0).kind());
        assertEquals("Closed", items.get(0).text());
        assertEquals(ActivityItem.Kind.RESOLUTION, items.get(1).kind());
        assertEquals("pi pi-check-square", items.get(1).getIcon());
    }

    @Test
    void aTicketWithoutNotesShowsOnlyItsCreation() {
        assertEquals(1, TicketActivity.of(Tickets.ticket(1, "x"), List.of(), List.of()).size());
    }

    @Test
    void onlyTheNoteFlaggedAsTheDescriptionIsLeftOut() {
        TicketNote first = new TicketNote(1, 1, "first", "Ava", true, false, T0);
        TicketNote second = new TicketNote(2, 1, "second", "Jo", false, false, T0.plusSeconds(60));

        List<ActivityItem> items = TicketActivity.of(Tickets.ticket(1, "x"), List.of(first, second), List.of());

        assertEquals(List.of(ActivityItem.Kind.NOTE, ActivityItem.Kind.NOTE, ActivityItem.Kind.CREATED),
                items.stream().map(ActivityItem::kind).toList(), "a PSA with a description field flags no note");
    }

    @Test
    void downloadsAreAttachmentsWithASafeName() {
        assertEquals("attachment; filename=\"r_sum_ 2025.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9%202025.pdf",
                TicketAttachmentServlet.contentDisposition("résumé 2025.pdf"));
        assertEquals("attachment; filename=\"_evil_.txt\"; filename*=UTF-8''%22evil%22.txt",
                TicketAttachmentServlet.contentDisposition("\"evil\".txt"));
    }

    @Test
    void aNoteTitleAndRecipientsAreSentWhereThePsaHasThem() {
        NoteForm form = filledNoteForm();

        var note = form.toNote(Tickets.features(true));

        assertEquals("Update", note.title());
        assertEquals("It works again.", note.text());
        assertEquals(true, note.appendToResolution());
        assertEquals(false, note.notifyResources());
        assertEquals(List.of("boss@x.example", "it@x.example"), note.otherRecipients());
    }

    @Test
    void withoutNoteTitlesOrRecipientsTheirInputsAreLeftOut() {
        NoteForm form = filledNoteForm();

        var note = form.toNote(Tickets.features(false));

        assertEquals(null, note.title());
        assertEquals("It works again.", note.text());
        assertEquals(true, note.notifyResources(), "the PSA's own default");
        assertEquals(List.of(), note.otherRecipients());
    }

    private static NoteForm filledNoteForm() {
        NoteForm form = new NoteForm();
        form.setTitle(" Update ");
        form.setText("It works again.\n");
        form.setAppendToResolution(true);
        form.setNotifyResources(false);
        form.setRecipients("boss@x.example; it@x.example");
        return form;
    }
}
