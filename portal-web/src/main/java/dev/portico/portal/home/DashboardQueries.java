package dev.portico.portal.home;

import dev.portico.psa.DateRange;
import dev.portico.psa.PsaScope;
import dev.portico.psa.ticket.TicketQuery;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The ticket queries behind the dashboard's figures. Each one is the query the ticket list builds from the
 * matching {@link DrillLinks} URL, so a number on Home and the list it opens always agree.
 */
public record DashboardQueries(Long siteId, ZoneId zone) {

    /** Open tickets (company or own, the scope decides). */
    public TicketQuery open() {
        return base().open().build();
    }

    public TicketQuery mine(PsaScope scope) {
        return base().open().contactId(scope.contactId()).build();
    }

    public TicketQuery waitingMyApproval() {
        return base().waitingForMyApproval(true).build();
    }

    public TicketQuery awaitingMyReply() {
        return base().open().awaitingMyReply(true).build();
    }

    /** Tickets created in a month of the portal's time zone, open or closed. */
    public TicketQuery createdIn(YearMonth month) {
        return base().created(DateRange.days(month.atDay(1), month.atEndOfMonth(), zone)).build();
    }

    public TicketQuery createdIn(Year year) {
        LocalDate first = year.atDay(1);
        return base().created(DateRange.days(first, year.atMonth(12).atEndOfMonth(), zone)).build();
    }

    /** The filter the charts apply (the site only; the chart itself picks open, created or closed). */
    public TicketQuery chartFilter() {
        return base().build();
    }

    private TicketQuery.Builder base() {
        return TicketQuery.builder().siteId(siteId);
    }
}
