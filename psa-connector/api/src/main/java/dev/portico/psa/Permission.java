package dev.portico.psa;

/** What a portal user may do. PSA security levels map onto these through configuration. */
public enum Permission {
    VIEW_COMPANY_TICKETS,
    CREATE_TICKETS,
    APPROVE_TICKETS,
    VIEW_RECOMMENDATIONS,
    APPROVE_RECOMMENDATIONS,
    VIEW_PROJECTS,
    VIEW_CONFIGURATIONS,
    VIEW_FINANCE,
    MANAGE_CONTACTS,
    VIEW_REPORTS
}
