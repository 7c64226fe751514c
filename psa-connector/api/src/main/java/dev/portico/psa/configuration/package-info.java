/** Configurations: the customer's devices and services. */
package dev.portico.psa.configuration;
