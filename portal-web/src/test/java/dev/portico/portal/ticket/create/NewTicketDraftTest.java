package dev.portico.portal.ticket.create;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.portal.ticket.Tickets;
import dev.portico.psa.PsaRejectedException.FieldProblem;
import dev.portico.psa.ticket.Impact;
import dev.portico.psa.ticket.NewTicket;
import dev.portico.psa.ticket.Urgency;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class NewTicketDraftTest {

    private static final Function<String, String> LABELS = Map.of(
            TicketDescription.TROUBLESHOOTING, "Troubleshooting steps taken",
            TicketDescription.ERRORS, "Error messages",
            TicketDescription.UNSURE, "Not sure about the configuration item")::get;

    private static NewTicketDraft incident() {
        NewTicketDraft draft = new NewTicketDraft();
        draft.setSiteId(1002L);
        draft.setRequestType("incident");
        draft.setContactId(801L);
        draft.setSummary("  Printer offline ");
        draft.setDescription("The printer on floor 2 is offline.");
        draft.setTroubleshooting("Turned it off and on.");
        draft.setErrorMessages("  ");
        draft.setUnsureItem("The big one by the window");
        draft.setUrgency(Urgency.HIGH);
        draft.setImpact(Impact.OTHERS);
        draft.setConfigurationItemId(505L);
        draft.setDueDate(LocalDate.of(2025, 7, 1));
        draft.setPoNumber(" ");
        draft.setCustomerReference(" INC-77 ");
        return draft;
    }

    @Test
    void theFormBecomesTheConnectorsNewTicket() {
        NewTicket ticket = incident().toNewTicket("token-1", true, ZoneId.of("Europe/London"), LABELS);

        assertEquals("token-1", ticket.idempotencyToken());
        assertEquals("incident", ticket.requestType());
        assertEquals(1002L, ticket.siteId());
        assertEquals(801L, ticket.contactId());
        assertEquals("Printer offline", ticket.summary());
        assertEquals("""
                The printer on floor 2 is offline.

                Troubleshooting steps taken:
                Turned it off and on.

                Not sure about the configuration item:
                The big one by the window""", ticket.description());
        assertEquals(Urgency.HIGH, ticket.urgency());
        assertEquals(Impact.OTHERS, ticket.impact());
        assertEquals(List.of(505L), ticket.configurationItemIds());
        assertEquals(Instant.parse("2025-07-01T11:00:00Z"), ticket.dueAt(), "midday in London (BST)");
        assertNull(ticket.poNumber());
        assertEquals("INC-77", ticket.customerReference());
    }

    @Test
    void urgencyAndImpactAreOnlySentWhenTheRequestTypeAsks() {
        NewTicket query = incident().toNewTicket("token-2", false, ZoneId.of("UTC"), LABELS);

        assertNull(query.urgency());
        assertNull(query.impact());
    }

    @Test
    void urgencyAndImpactAreNotSentToAPsaWithoutThem() {
        var incidentType = new dev.portico.psa.reference.RequestType("incident", "Incident", true, true, false);
        NewTicket withPsaSupport = incident().toNewTicket("token-3",
                Tickets.features(true).asksUrgencyAndImpact(incidentType), ZoneId.of("UTC"), LABELS);
        NewTicket withoutPsaSupport = incident().toNewTicket("token-4",
                Tickets.features(false).asksUrgencyAndImpact(incidentType), ZoneId.of("UTC"), LABELS);

        assertEquals(Urgency.HIGH, withPsaSupport.urgency());
        assertNull(withoutPsaSupport.urgency());
        assertNull(withoutPsaSupport.impact());
    }

    @Test
    void formTokensFitThePsasFiftyCharacters() {
        for (int i = 0; i < 100; i++) {
            String token = IdempotencyTokens.next();
            assertTrue(token.length() <= NewTicket.MAX_TOKEN_LENGTH, token);
            assertTrue(token.matches("[A-Za-z0-9][A-Za-z0-9._-]*"), token);
        }
        assertNotEquals(IdempotencyTokens.next(), IdempotencyTokens.next());
        assertThrows(IllegalArgumentException.class, () -> incident().toNewTicket("x".repeat(51), false,
                ZoneId.of("UTC"), LABELS));
    }

    @Test
    void aDescriptionWithoutOptionalSectionsStaysAsTyped() {
        assertEquals("Only this", TicketDescription.compose(" Only this ", null, "", " ", LABELS));
        assertEquals("Error messages:\nE42", TicketDescription.compose(null, null, "E42", null, LABELS));
    }

    @Test
    void fieldProblemsLandOnTheirInputs() {
        assertEquals(Optional.of("ticket-form:summary"), NewTicketProblems.clientId(new FieldProblem("summary", "x")));
        assertEquals(Optional.of("ticket-form:ci"),
                NewTicketProblems.clientId(new FieldProblem("configurationItems", "x")));
        assertEquals(Optional.of("ticket-form:due"), NewTicketProblems.clientId(new FieldProblem("dueAt", "x")));
        assertEquals(Optional.of("ticket-form:po"), NewTicketProblems.clientId(new FieldProblem("poNumber", "x")));
        assertEquals(Optional.of("ticket-form:contact"), NewTicketProblems.clientId(new FieldProblem("contact", "x")));
        assertTrue(NewTicketProblems.clientId(new FieldProblem("site", "x")).isEmpty());
        assertTrue(NewTicketProblems.clientId(new FieldProblem(null, "x")).isEmpty());
    }

    @Test
    void anInlineContactHasItsEmailAndOptionalPhone() {
        ContactDraftForm form = new ContactDraftForm();
        form.setFirstName("Nia");
        form.setLastName("New");
        form.setEmail(" nia@contoso.example ");

        var draft = form.toDraft(1001L);

        assertEquals("nia@contoso.example", draft.emails().get(dev.portico.psa.contact.EmailSlot.WORK));
        assertTrue(draft.phones().isEmpty());
        assertEquals(1001L, draft.siteId());
    }
}
