/** Projects with their phases and work items. */
package dev.portico.psa.project;
