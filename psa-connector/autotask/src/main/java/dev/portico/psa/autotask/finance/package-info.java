/** Autotask contracts (as agreements) and invoices, with the invoice markup as the HTML document. */
package dev.portico.psa.autotask.finance;
