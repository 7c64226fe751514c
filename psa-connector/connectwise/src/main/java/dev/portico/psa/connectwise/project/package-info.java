/** Projects, work plans and project tickets in ConnectWise. */
package dev.portico.psa.connectwise.project;
