/** Agreements and invoices in ConnectWise. */
package dev.portico.psa.connectwise.finance;
