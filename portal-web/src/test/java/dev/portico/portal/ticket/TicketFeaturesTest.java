package dev.portico.portal.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.psa.PsaRejectedException.FieldProblem;
import dev.portico.psa.PsaRejectedException.Keys;
import dev.portico.psa.reference.RequestType;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketStatus;
import dev.portico.psa.ticket.StatusKind;
import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Each PSA capability switches what the ticket screens offer. */
class TicketFeaturesTest {

    private static final RequestType ASKS = new RequestType("incident", "Incident", true, true, false);
    private static final RequestType QUIET = new RequestType("query", "Query", false, false, false);

    @Test
    void urgencyAndImpactAreAskedOnlyWhenThePsaHasThemAndTheTypeWantsThem() {
        assertTrue(Tickets.features(true).asksUrgencyAndImpact(ASKS));
        assertFalse(Tickets.features(true).asksUrgencyAndImpact(QUIET));
        assertFalse(Tickets.features(false).asksUrgencyAndImpact(ASKS));
    }

    @Test
    void impactAndSeverityRowsHideWhenThePsaOrTheTicketHasNone() {
        Ticket withImpact = Tickets.ticket(1, "x");
        Ticket without = new Ticket(2, "T20250101.0002", "y", new TicketStatus(1, "New", "New", StatusKind.NEW), null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, false, null, null, null,
                null);

        assertTrue(Tickets.features(true).showsImpact(withImpact));
        assertTrue(Tickets.features(true).showsSeverity(withImpact));
        assertFalse(Tickets.features(true).showsImpact(without));
        assertFalse(Tickets.features(true).showsSeverity(without));
        assertFalse(Tickets.features(false).showsImpact(withImpact));
        assertFalse(Tickets.features(false).showsSeverity(withImpact));
    }

    @Test
    void noteTitleAndRecipientInputsFollowThePsa() {
        assertTrue(Tickets.features(true).isNoteTitles());
        assertTrue(Tickets.features(true).isNoteRecipients());
        assertFalse(Tickets.features(false).isNoteTitles());
        assertFalse(Tickets.features(false).isNoteRecipients());
    }

    @Test
    void searchHintsSayWhetherDescriptionsAreSearched() throws IOException {
        Properties text = bundle();

        assertEquals("Search by title, description or ticket number",
                text.getProperty(Tickets.features(true).getSearchHintKey()));
        assertEquals("Search by title or ticket number", text.getProperty(Tickets.features(false).getSearchHintKey()));
        assertTrue(text.getProperty(Tickets.features(true).getSummaryHintKey()).contains("description"));
        assertFalse(text.getProperty(Tickets.features(false).getSummaryHintKey()).contains("description"));
    }

    @Test
    void theAttachmentLimitIsThePsas() {
        assertEquals(2048, TicketFeatures.of(Tickets.capabilities(true, 2048)).getAttachmentMaxBytes());
    }

    @Test
    void fieldProblemsAreLocalisedAndThePsasTextIsShownOnlyWhenSafe() throws IOException {
        Properties text = bundle();
        ProblemText.BundleText texts = (key, arguments) -> {
            String pattern = text.getProperty(key);
            return pattern == null ? "???" + key + "???" : MessageFormat.format(pattern, arguments);
        };

        assertEquals("Please fill this in.",
                ProblemText.of(FieldProblem.of("summary", Keys.REQUIRED, "summary object is invalid"), texts));
        assertEquals("These are not e-mail addresses: x@y",
                ProblemText.of(new FieldProblem("otherRecipients", Keys.NOT_EMAIL, "x@y", true), texts));
        assertEquals("This value was not accepted.",
                ProblemText.of(FieldProblem.of("po", "psa.problem.unknownToThisPortal", "?"), texts));
        for (String key : Keys.all()) {
            assertTrue(text.containsKey(key), key);
        }
    }

    @Test
    void anAdaptersOwnProblemTextIsShown() {
        FieldProblem own = new FieldProblem("firstName", "Enter the first name");
        Map<String, String> text = Map.of(Keys.INVALID, "Not accepted.", "ticket.problem.withDetail", "{0} {1}");

        assertEquals("Enter the first name", ProblemText.of(own, ProblemText.plain(text::get)));
        assertEquals("Not accepted.", ProblemText.of(FieldProblem.of("lastName", Keys.INVALID, "internal words"),
                ProblemText.plain(text::get)));
    }

    static Properties bundle() throws IOException {
        Properties text = new Properties();
        try (InputStream in = TicketFeaturesTest.class.getResourceAsStream("/dev/portico/portal/i18n/text.properties")) {
            text.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return text;
    }
}
