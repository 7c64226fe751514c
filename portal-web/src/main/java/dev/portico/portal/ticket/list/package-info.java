/**
 * The ticket lists (one page, {@code /tickets/list.xhtml}, with a {@code view} parameter): URL parsing into a
 * {@link dev.portico.portal.ticket.list.TicketFilter}, the lazy model over the PSA's paging, the column chooser
 * and its stored preference, and the CSV export.
 */
package dev.portico.portal.ticket.list;
