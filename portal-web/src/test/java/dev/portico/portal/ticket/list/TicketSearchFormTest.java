package dev.portico.portal.ticket.list;

import dev.portico.portal.ticket.TicketView;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TicketSearchFormTest {

    @Test
    void theFormEditsACopyAndAChoiceThatIsTheViewsDefaultIsNoChoice() {
        TicketFilter shown = new TicketFilter(TicketView.COMPLETED);
        TicketSearchForm form = new TicketSearchForm(shown);

        assertEquals("closed", form.getStatusChoice());
        form.setStatusChoice("closed");
        assertNull(form.getDraft().getStatus());
        form.setStatusChoice("all");
        form.getDraft().setText("printer");

        assertEquals(StatusChoice.ALL, form.getDraft().getStatus());
        assertNull(shown.getStatus(), "the list's own filter changes only when the form is submitted");
        assertNull(shown.getText());
    }
}
