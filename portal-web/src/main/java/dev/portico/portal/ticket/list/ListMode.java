package dev.portico.portal.ticket.list;

/** How the list shows tickets: cards with the main facts (Summary View) or one row per ticket (List View). */
public enum ListMode {
    SUMMARY,
    LIST
}
