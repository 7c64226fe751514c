package dev.portico.portal.ticket;

import dev.portico.psa.Permission;
import java.util.Arrays;
import java.util.Optional;

/** The ticket lists of the Tickets menu, each a preset of the one list page ({@code ?view=...}). */
public enum TicketView {
    /** Open tickets on which I am the contact. */
    MINE("mine", "pi pi-user", null),
    /** Open tickets of the company (or only mine, for users who see only their own). */
    OPEN("open", "pi pi-inbox", null),
    /** Closed in the last seven days. */
    COMPLETED("completed", "pi pi-check-circle", null),
    /** In a "waiting for customer approval" status, with me as the contact. */
    APPROVAL("approval", "pi pi-thumbs-up", Permission.APPROVE_TICKETS),
    /** Every ticket, open or closed. */
    SEARCH("search", "pi pi-search", null);

    public static final TicketView DEFAULT = OPEN;
    public static final int COMPLETED_DAYS = 7;

    private final String param;
    private final String icon;
    private final Permission requires;

    TicketView(String param, String icon, Permission requires) {
        this.param = param;
        this.icon = icon;
        this.requires = requires;
    }

    public String param() {
        return param;
    }

    public String getParam() {
        return param;
    }

    public String getIcon() {
        return icon;
    }

    public String getLabelKey() {
        return "ticket.view." + param;
    }

    public Optional<Permission> requires() {
        return Optional.ofNullable(requires);
    }

    public static Optional<TicketView> fromParam(String value) {
        return Arrays.stream(values()).filter(v -> v.param.equals(value)).findFirst();
    }
}
