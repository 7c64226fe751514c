package dev.portico.psa.ticket;

/** The ticket columns the PSA can sort by. */
public enum TicketSortField {
    NUMBER,
    SUMMARY,
    STATUS,
    PRIORITY,
    REQUEST_TYPE,
    CONTACT,
    SITE,
    CREATED,
    UPDATED,
    DUE,
    COMPLETED
}
