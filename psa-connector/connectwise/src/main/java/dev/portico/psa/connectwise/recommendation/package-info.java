/** Recommendations as ConnectWise opportunities. */
package dev.portico.psa.connectwise.recommendation;
