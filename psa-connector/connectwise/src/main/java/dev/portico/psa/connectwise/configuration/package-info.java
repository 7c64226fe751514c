/** Configurations (devices and services) in ConnectWise. */
package dev.portico.psa.connectwise.configuration;
