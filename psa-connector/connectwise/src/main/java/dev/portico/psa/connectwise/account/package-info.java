/** Portal log-in, password reset and password change against ConnectWise contacts. */
package dev.portico.psa.connectwise.account;
