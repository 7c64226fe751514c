/** Reference data for forms and filters: request types, priorities, statuses, sites, security levels. */
package dev.portico.psa.reference;
