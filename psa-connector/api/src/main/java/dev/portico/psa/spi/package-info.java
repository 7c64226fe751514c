/** How adapters plug in: the adapter service each one registers, and the start-up selection by {@code psa.kind}. */
package dev.portico.psa.spi;
