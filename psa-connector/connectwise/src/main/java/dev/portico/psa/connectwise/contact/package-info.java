/** Contacts and their portal access in ConnectWise. */
package dev.portico.psa.connectwise.contact;
