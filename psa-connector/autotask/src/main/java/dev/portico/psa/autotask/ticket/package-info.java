/** Autotask tickets: search, read, create (idempotent through externalID), notes, attachments, approvals, charts. */
package dev.portico.psa.autotask.ticket;
