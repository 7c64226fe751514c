package dev.portico.psa.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class NewTicketTest {

    private static NewTicket withToken(String token) {
        return new NewTicket(token, "query", 1, 2, "Summary", "Text", null, null, false, List.of(), null, null, null);
    }

    @Test
    void tokensOfUpToFiftyCharactersAreAccepted() {
        String fifty = "a".repeat(NewTicket.MAX_TOKEN_LENGTH);
        assertEquals(fifty, withToken(fifty).idempotencyToken());
    }

    @Test
    void longerOrBlankTokensAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> withToken("a".repeat(51)));
        assertThrows(IllegalArgumentException.class, () -> withToken(" "));
        assertThrows(NullPointerException.class, () -> withToken(null));
    }
}
