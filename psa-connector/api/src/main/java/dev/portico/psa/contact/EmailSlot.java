package dev.portico.psa.contact;

/** The kinds of e-mail address a contact has, at most one of each. */
public enum EmailSlot {
    WORK,
    HOME,
    OTHER
}
