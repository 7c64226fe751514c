/** Autotask reference data: picklists, company locations, configured request types. */
package dev.portico.psa.autotask.reference;
