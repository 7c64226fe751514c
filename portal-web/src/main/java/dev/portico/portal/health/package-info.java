/** MicroProfile Health checks. */
package dev.portico.portal.health;
