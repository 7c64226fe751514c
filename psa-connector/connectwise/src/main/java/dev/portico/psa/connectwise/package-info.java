/**
 * The ConnectWise adapter behind the neutral {@code dev.portico.psa} API: connection, authentication,
 * error mapping, resilience, call counting and the conditions builder. Feature packages hold the
 * gateway implementations; {@code rest} holds the REST clients and wire records.
 */
package dev.portico.psa.connectwise;
