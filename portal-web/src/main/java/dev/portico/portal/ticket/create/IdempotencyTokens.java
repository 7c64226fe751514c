package dev.portico.portal.ticket.create;

import dev.portico.psa.ticket.NewTicket;
import java.util.UUID;

/**
 * Makes the idempotency token of a form: a random UUID (36 characters), within the
 * {@value NewTicket#MAX_TOKEN_LENGTH} characters both PSAs can store, and only letters, digits and '-'.
 */
public final class IdempotencyTokens {

    private IdempotencyTokens() {
    }

    public static String next() {
        String token = UUID.randomUUID().toString();
        if (token.length() > NewTicket.MAX_TOKEN_LENGTH) {
            throw new IllegalStateException("Idempotency tokens must fit " + NewTicket.MAX_TOKEN_LENGTH + " characters");
        }
        return token;
    }
}
