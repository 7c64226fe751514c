/** Autotask's REST API as MicroProfile Rest Client interfaces (generic per entity; JSON-P answers). */
package dev.portico.psa.autotask.rest;
