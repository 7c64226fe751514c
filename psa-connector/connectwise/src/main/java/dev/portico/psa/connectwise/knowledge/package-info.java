/** Knowledge-base articles in ConnectWise. */
package dev.portico.psa.connectwise.knowledge;
