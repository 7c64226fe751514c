package dev.portico.psa.ticket;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A ticket the portal user submits.
 *
 * @param idempotencyToken unique per form (a UUID made when the form opens), at most
 *        {@value #MAX_TOKEN_LENGTH} characters; a retry with the same token never creates a second ticket
 * @param requestType key of a configured request type (board, type, subtype)
 * @param contactId the ticket's contact; must belong to the scope's company
 * @param urgency may be null (the request type does not ask), as may {@code impact}
 * @param emergency overrides the priority with the configured emergency priority
 */
public record NewTicket(
        String idempotencyToken,
        String requestType,
        long siteId,
        long contactId,
        String summary,
        String description,
        Urgency urgency,
        Impact impact,
        boolean emergency,
        List<Long> configurationItemIds,
        Instant dueAt,
        String poNumber,
        String customerReference) implements Serializable {

    /** The longest idempotency token both PSAs can store (ConnectWise {@code externalXRef}, Autotask {@code externalID}). */
    public static final int MAX_TOKEN_LENGTH = 50;

    public NewTicket {
        Objects.requireNonNull(idempotencyToken, "idempotencyToken");
        if (idempotencyToken.isBlank() || idempotencyToken.length() > MAX_TOKEN_LENGTH) {
            throw new IllegalArgumentException("An idempotency token has 1 to " + MAX_TOKEN_LENGTH + " characters");
        }
        configurationItemIds = configurationItemIds == null ? List.of() : List.copyOf(configurationItemIds);
    }
}
