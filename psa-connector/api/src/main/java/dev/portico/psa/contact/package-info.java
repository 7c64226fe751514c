/** Contacts of the customer's company and their portal access. */
package dev.portico.psa.contact;
