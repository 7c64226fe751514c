package dev.portico.psa.connectwise.ticket;

import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.connectwise.ConnectWiseConnection;
import dev.portico.psa.connectwise.CwMapping;
import dev.portico.psa.connectwise.rest.CwTicket;
import dev.portico.psa.connectwise.rest.ServiceClient;
import java.util.concurrent.CompletableFuture;

/** Reads one ticket and answers "not found" unless it is in the caller's scope. Shared by the ticket classes. */
final class TicketAccess {

    static final String LIST_FIELDS = "id,summary,board,status,type,subType,priority,impact,severity,company,contact,"
            + "contactName,site,siteName,requiredDate,closedDate,closedFlag,poNumber,_info/dateEntered,_info/lastUpdated";
    static final String DETAIL_FIELDS = LIST_FIELDS + ",contactEmailAddress,contactPhoneNumber,customFields";
    /** What ownership checks and status changes need. */
    static final String OWNER_FIELDS = "id,company,contact,board,status,closedFlag,closedDate,automaticEmailCcFlag,"
            + "automaticEmailCc";

    final ConnectWiseConnection cw;
    final TicketMapper mapper;
    final TicketConditions conditions;

    TicketAccess(ConnectWiseConnection cw) {
        this.cw = cw;
        this.mapper = new TicketMapper(cw.lookups(), cw.mappings());
        this.conditions = new TicketConditions(cw.mappings(), cw.lookups());
    }

    ServiceClient service() {
        return cw.client(ServiceClient.class);
    }

    CompletableFuture<CwTicket> ownedAsync(PsaScope scope, long ticketId, String fields) {
        return cw.readAsync(() -> service().ticket(ticketId, fields)).thenApply(t -> checked(scope, t));
    }

    CwTicket owned(PsaScope scope, long ticketId, String fields) {
        return ConnectWiseConnection.join(ownedAsync(scope, ticketId, fields));
    }

    static boolean owns(PsaScope scope, CwTicket ticket) {
        if (ticket == null || !CwMapping.inScope(scope, ticket.company())) {
            return false;
        }
        return !scope.restrictedToOwnTickets()
                || ticket.contact() != null && ticket.contact().idOrZero() == scope.contactId();
    }

    private static CwTicket checked(PsaScope scope, CwTicket ticket) {
        if (!owns(scope, ticket)) {
            throw new PsaNotFoundException("Ticket");
        }
        return ticket;
    }

    static <T> T whenOwned(CompletableFuture<CwTicket> owner, CompletableFuture<T> result) {
        ConnectWiseConnection.join(owner);
        return ConnectWiseConnection.join(result);
    }
}
