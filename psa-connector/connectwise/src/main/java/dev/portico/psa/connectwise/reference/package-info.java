/** Reference data (request types, priorities, statuses, sites, security levels) from ConnectWise. */
package dev.portico.psa.connectwise.reference;
