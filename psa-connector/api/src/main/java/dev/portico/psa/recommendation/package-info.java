/** Recommendations (quotes) sent to the portal for the customer's approval. */
package dev.portico.psa.recommendation;
