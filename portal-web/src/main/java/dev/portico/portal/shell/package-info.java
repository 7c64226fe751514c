/** The portal's frame: start-up settings, the data-driven main menu, messages and PSA call logging. */
package dev.portico.portal.shell;
