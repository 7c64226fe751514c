package dev.portico.psa.ticket;

/**
 * What a ticket status means to the customer, whatever the PSA calls it. The adapter sets the kind from
 * its own configuration; the portal decides everything (alerts, actions, filters) on the kind and shows
 * the status's label, never comparing status names.
 */
public enum StatusKind {
    NEW,
    IN_PROGRESS,
    WAITING_FOR_CUSTOMER,
    WAITING_FOR_APPROVAL,
    COMPLETED;

    public boolean open() {
        return this != COMPLETED;
    }
}
