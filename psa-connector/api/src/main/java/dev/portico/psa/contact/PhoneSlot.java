package dev.portico.psa.contact;

/** The kinds of phone number a contact has, at most one of each. */
public enum PhoneSlot {
    DIRECT,
    HOME,
    MOBILE,
    PAGER,
    FAX
}
