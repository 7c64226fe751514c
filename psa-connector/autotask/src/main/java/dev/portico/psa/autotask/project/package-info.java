/** Autotask projects, phases and client-portal-visible tasks. */
package dev.portico.psa.autotask.project;
