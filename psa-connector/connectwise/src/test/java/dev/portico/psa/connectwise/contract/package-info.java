/**
 * Contract checking against the published ConnectWise API facts, shared with deploy/e2e-tests
 * through this module's test-jar.
 */
package dev.portico.psa.connectwise.contract;
