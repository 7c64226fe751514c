/**
 * The Autotask adapter: connection (zone discovery, auth headers, budget, bulkhead, resilience), scoping, and one
 * package per feature with the neutral gateways' implementations.
 */
package dev.portico.psa.autotask;
