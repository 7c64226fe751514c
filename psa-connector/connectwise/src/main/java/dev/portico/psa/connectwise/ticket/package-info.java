/** Service tickets, their notes and attachments, in ConnectWise. */
package dev.portico.psa.connectwise.ticket;
