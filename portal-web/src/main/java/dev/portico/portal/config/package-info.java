/** Access to the portal's settings ({@code portal.*} keys from MicroProfile Config, or a map in unit tests); depends on no feature. */
package dev.portico.portal.config;
