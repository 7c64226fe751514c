package dev.portico.psa.ticket;

/** "Who is impacted?" on the new-ticket form; mapped to PSA priority and impact by configuration. */
public enum Impact {
    ONLY_ME,
    OTHERS,
    COMPANY
}
