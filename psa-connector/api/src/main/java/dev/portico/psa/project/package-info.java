/** Projects with their work plans and tickets. */
package dev.portico.psa.project;
