/** Agreements and invoices. */
package dev.portico.psa.finance;
