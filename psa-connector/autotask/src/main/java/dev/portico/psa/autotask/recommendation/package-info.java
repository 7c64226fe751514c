/** Autotask quotes and their items as recommendations; decisions through the opportunity's status. */
package dev.portico.psa.autotask.recommendation;
