/** Checks for the portal's settings ({@code portal.*} keys injected from MicroProfile Config); depends on no feature. */
package dev.portico.portal.config;
