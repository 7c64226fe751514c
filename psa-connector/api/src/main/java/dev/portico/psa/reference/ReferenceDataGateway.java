package dev.portico.psa.reference;

import dev.portico.psa.PsaScope;
import dev.portico.psa.configuration.ConfigurationItem;
import dev.portico.psa.ticket.TicketStatus;
import java.util.List;

/** Lookup lists for forms and filters; cached with a configured time to live. */
public interface ReferenceDataGateway {

    /** The configured request types, in configured order. */
    List<RequestType> requestTypes();

    List<Priority> priorities();

    /** PSA impact values (ConnectWise: Low, Medium, High). */
    List<String> impacts();

    /** PSA severity values (ConnectWise: Low, Medium, High). */
    List<String> severities();

    /** The statuses of the request types' boards, with customer-facing names; inactive ones left out. */
    List<TicketStatus> ticketStatuses();

    /** The sites of the scope's company (active ones). */
    List<Site> sites(PsaScope scope);

    /** Active configuration items at one site of the scope's company, optionally filtered by name. */
    List<ConfigurationItem> configurationItems(PsaScope scope, long siteId, String nameContains);

    List<SecurityLevel> securityLevels();
}
