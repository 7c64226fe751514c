/**
 * The ticket page ({@code /tickets/ticket.xhtml?id=}): details, the Activity timeline, notes, attachments
 * (upload and download) and the customer's status changes (approve, reject, close, reopen).
 */
package dev.portico.portal.ticket.detail;
