/** The whitelisting filter builder: Autotask entities, their filterable fields, operators and query bodies. */
package dev.portico.psa.autotask.query;
