/** Service tickets: search, read, create, status changes, notes, attachments and dashboard figures. */
package dev.portico.psa.ticket;
