package dev.portico.psa;

/** Tells whether the configured PSA answers at all, for readiness checks and the "PSA unreachable" page. */
public interface PsaHealth {

    boolean reachable();
}
