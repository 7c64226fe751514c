/** Error handling: expired views and an unreachable PSA become messages; everything else an error page without details. */
package dev.portico.portal.error;
