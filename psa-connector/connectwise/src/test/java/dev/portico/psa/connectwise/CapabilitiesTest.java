package dev.portico.psa.connectwise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.psa.PsaCapabilities;
import dev.portico.psa.configuration.ConfigurationSortField;
import dev.portico.psa.ticket.StatusKind;
import dev.portico.psa.ticket.TicketSortField;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CapabilitiesTest {

    @Test
    void connectWiseCapabilities() {
        PsaCapabilities caps = ConnectWiseCapabilities.of(ConnectWiseMappings.builtIn());

        assertTrue(caps.urgencyAndImpact());
        assertFalse(caps.noteTitles());
        assertTrue(caps.noteRecipients());
        assertTrue(caps.pageJumps());
        assertFalse(caps.descriptionSearch());
        assertEquals(PsaCapabilities.DocumentFormat.PDF, caps.invoiceDocument());
        assertEquals(26_214_400L, caps.attachmentMaxBytes());
        assertEquals(10, caps.concurrentCallsPerEndpoint());
        for (TicketSortField field : TicketSortField.values()) {
            assertTrue(caps.sorts(field), field::name);
        }
        assertTrue(caps.sorts(ConfigurationSortField.WARRANTY_EXPIRATION));
    }

    @Test
    void attachmentLimitAndConcurrencyAreConfigured() {
        Map<String, String> config = Map.of("psa.connectwise.attachment.max-bytes", "1048576",
                "psa.connectwise.concurrent-calls-per-endpoint", "4");
        PsaCapabilities caps = ConnectWiseCapabilities.of(ConnectWiseMappings.from(k -> Optional.ofNullable(config.get(k))));

        assertEquals(1_048_576L, caps.attachmentMaxBytes());
        assertEquals(4, caps.concurrentCallsPerEndpoint());
    }

    @Test
    void statusKindsFollowTheConnectWiseOnlyKeys() {
        Map<String, String> config = Map.of("psa.connectwise.ticket.status.new", "Fresh, New",
                "psa.connectwise.ticket.status.waiting-customer", "Need Info");
        ConnectWiseMappings mappings = ConnectWiseMappings.from(k -> Optional.ofNullable(config.get(k)));

        assertEquals(StatusKind.NEW, mappings.statusKind("fresh", false));
        assertEquals(StatusKind.WAITING_FOR_CUSTOMER, mappings.statusKind("Need Info", false));
        assertEquals(StatusKind.WAITING_FOR_APPROVAL, mappings.statusKind("Waiting Customer Approval", false));
        assertEquals(StatusKind.IN_PROGRESS, mappings.statusKind("Waiting Customer", false), "no longer configured");
        assertEquals(StatusKind.COMPLETED, mappings.statusKind("New", true), "the board's closed flag wins");
    }

    @Test
    void theOldRequestTypeKeysAreNoLongerRead() {
        Map<String, String> config = Map.of("psa.request-types", "only-old", "psa.connectwise.request-types", "query");
        ConnectWiseMappings mappings = ConnectWiseMappings.from(k -> Optional.ofNullable(config.get(k)));

        assertEquals(1, mappings.requestTypes().size());
        assertEquals("Query", mappings.requestTypes().get(0).label());
    }
}
