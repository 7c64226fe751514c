package dev.portico.portal.home;

import dev.portico.psa.Permission;
import dev.portico.psa.PsaScope;
import dev.portico.psa.ticket.TicketQuery;
import java.util.Optional;

/** The filters of the Open Tickets grid: All, My, and Waiting My Approval. */
public enum GridFilter {
    ALL(null),
    MINE(null),
    APPROVAL(Permission.APPROVE_TICKETS);

    private final Permission requires;

    GridFilter(Permission requires) {
        this.requires = requires;
    }

    public Optional<Permission> requires() {
        return Optional.ofNullable(requires);
    }

    public String getLabelKey() {
        return "home.tickets.filter." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public TicketQuery query(DashboardQueries queries, PsaScope scope) {
        return switch (this) {
            case ALL -> queries.open();
            case MINE -> queries.mine(scope);
            case APPROVAL -> queries.waitingMyApproval();
        };
    }

    public String link(DrillLinks links) {
        return switch (this) {
            case ALL -> links.open();
            case MINE -> links.mine();
            case APPROVAL -> links.waitingMyApproval();
        };
    }
}
