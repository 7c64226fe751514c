/** Autotask configuration items behind the neutral configuration gateway. */
package dev.portico.psa.autotask.configuration;
