package dev.portico.psa.ticket;

/** Status changes a customer may make; each maps to a configured PSA status name. */
public enum TicketAction {
    APPROVE,
    REJECT,
    CLOSE,
    REOPEN
}
