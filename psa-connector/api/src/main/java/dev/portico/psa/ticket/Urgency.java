package dev.portico.psa.ticket;

/** "How urgent is your request?" on the new-ticket form; mapped to PSA priority and severity by configuration. */
public enum Urgency {
    LOW,
    MEDIUM,
    HIGH
}
