/**
 * The home page: its widget registry, which features contribute to, and the ticket dashboard (statistics,
 * open tickets, alerts, charts, site filter, search), whose PSA calls all start at once when the page is asked for.
 */
package dev.portico.portal.home;
