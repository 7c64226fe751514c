/** Knowledge-base articles. */
package dev.portico.psa.knowledge;
