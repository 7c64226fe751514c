/** The home page and its widgets, which features contribute. */
package dev.portico.portal.home;
