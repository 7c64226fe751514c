/** Autotask's knowledge base, off until the customer-visible publish values are configured. */
package dev.portico.psa.autotask.knowledge;
