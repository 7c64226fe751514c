/**
 * Tickets: the ticket lists, the ticket page and the new-ticket form, on top of the connector's
 * {@link dev.portico.psa.ticket.TicketGateway}; shared settings, links, formatting and attachment staging live here.
 */
package dev.portico.portal.ticket;
