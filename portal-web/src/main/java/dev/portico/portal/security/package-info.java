/** Jakarta Security for the portal: form mechanism, PSA identity store, remember-me tokens, throttling, permissions, security headers. */
package dev.portico.portal.security;
