/**
 * The ticket lists (one page, {@code /tickets/list.xhtml}, with a {@code view} parameter): typed URL parameters
 * into a {@link dev.portico.portal.ticket.list.TicketFilter}, the rows through the page kit's lazy model
 * ({@link dev.portico.portal.ticket.list.TicketSource}), the column chooser and its stored preference, and the
 * CSV export.
 */
package dev.portico.portal.ticket.list;
