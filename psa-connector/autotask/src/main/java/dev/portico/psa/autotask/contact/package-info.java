/** Autotask contacts and their client-portal access (ClientPortalUsers). */
package dev.portico.psa.autotask.contact;
