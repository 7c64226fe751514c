package dev.portico.psa.ticket;

/** Open, closed, or both. */
public enum OpenState {
    OPEN,
    CLOSED,
    ANY
}
