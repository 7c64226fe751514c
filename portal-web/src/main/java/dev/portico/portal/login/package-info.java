/** The signed-out pages: log-in, forgot password, and log-out. */
package dev.portico.portal.login;
