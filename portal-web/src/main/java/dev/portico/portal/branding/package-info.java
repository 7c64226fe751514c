/** The MSP's brand from MicroProfile Config: name, logo, colours (served as a generated stylesheet), helpdesk details. */
package dev.portico.portal.branding;
