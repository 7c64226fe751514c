package dev.portico.psa.ticket;

import dev.portico.psa.DateRange;
import java.io.Serializable;
import java.util.Set;

/**
 * Ticket search criteria; every field is optional and all given ones must hold. The company scope (and the
 * own-tickets restriction) is added by the adapter from the {@link dev.portico.psa.PsaScope}, never from here.
 *
 * @param text matched against the summary (and the description where the PSA can search it); it also matches
 *        the ticket number when it has a number's shape
 * @param ticketNumber the ticket number as the customer knows it ({@link Ticket#number()}); the adapter parses it
 *        safely, and a number of the wrong shape matches nothing
 * @param waitingForMyApproval in a status configured as "waiting for customer approval" with me as contact
 * @param awaitingMyReply in a status configured as "waiting for the customer" with me as contact
 */
public record TicketQuery(
        String text,
        String ticketNumber,
        OpenState openState,
        Set<Long> statusIds,
        Long contactId,
        Long siteId,
        Set<String> requestTypes,
        Set<Long> priorityIds,
        DateRange created,
        DateRange completed,
        DateRange due,
        Long configurationItemId,
        boolean waitingForMyApproval,
        boolean awaitingMyReply) implements Serializable {

    public TicketQuery {
        openState = openState == null ? OpenState.ANY : openState;
        statusIds = statusIds == null ? Set.of() : Set.copyOf(statusIds);
        requestTypes = requestTypes == null ? Set.of() : Set.copyOf(requestTypes);
        priorityIds = priorityIds == null ? Set.of() : Set.copyOf(priorityIds);
    }

    public static TicketQuery all() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().text(text).ticketNumber(ticketNumber).openState(openState).statusIds(statusIds)
                .contactId(contactId).siteId(siteId).requestTypes(requestTypes).priorityIds(priorityIds)
                .created(created).completed(completed).due(due).configurationItemId(configurationItemId)
                .waitingForMyApproval(waitingForMyApproval).awaitingMyReply(awaitingMyReply);
    }

    /** Builds a {@link TicketQuery}; unset criteria do not filter. */
    public static final class Builder {
        private String text;
        private String ticketNumber;
        private OpenState openState = OpenState.ANY;
        private Set<Long> statusIds = Set.of();
        private Long contactId;
        private Long siteId;
        private Set<String> requestTypes = Set.of();
        private Set<Long> priorityIds = Set.of();
        private DateRange created;
        private DateRange completed;
        private DateRange due;
        private Long configurationItemId;
        private boolean waitingForMyApproval;
        private boolean awaitingMyReply;

        public Builder text(String value) {
            this.text = value;
            return this;
        }

        public Builder ticketNumber(String value) {
            this.ticketNumber = value;
            return this;
        }

        public Builder openState(OpenState value) {
            this.openState = value;
            return this;
        }

        public Builder open() {
            return openState(OpenState.OPEN);
        }

        public Builder closed() {
            return openState(OpenState.CLOSED);
        }

        public Builder statusIds(Set<Long> value) {
            this.statusIds = value;
            return this;
        }

        public Builder contactId(Long value) {
            this.contactId = value;
            return this;
        }

        public Builder siteId(Long value) {
            this.siteId = value;
            return this;
        }

        public Builder requestTypes(Set<String> value) {
            this.requestTypes = value;
            return this;
        }

        public Builder priorityIds(Set<Long> value) {
            this.priorityIds = value;
            return this;
        }

        public Builder created(DateRange value) {
            this.created = value;
            return this;
        }

        public Builder completed(DateRange value) {
            this.completed = value;
            return this;
        }

        public Builder due(DateRange value) {
            this.due = value;
            return this;
        }

        public Builder configurationItemId(Long value) {
            this.configurationItemId = value;
            return this;
        }

        public Builder waitingForMyApproval(boolean value) {
            this.waitingForMyApproval = value;
            return this;
        }

        public Builder awaitingMyReply(boolean value) {
            this.awaitingMyReply = value;
            return this;
        }

        public TicketQuery build() {
            return new TicketQuery(text, ticketNumber, openState, statusIds, contactId, siteId, requestTypes,
                    priorityIds, created, completed, due, configurationItemId, waitingForMyApproval, awaitingMyReply);
        }
    }
}
