/** Log-in look-ups against Autotask contacts; no password authority (Autotask cannot check portal passwords). */
package dev.portico.psa.autotask.account;
