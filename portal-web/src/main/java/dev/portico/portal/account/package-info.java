/** My Account: the signed-in user's details and password change. */
package dev.portico.portal.account;
