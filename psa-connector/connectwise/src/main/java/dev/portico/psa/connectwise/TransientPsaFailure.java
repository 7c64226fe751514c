package dev.portico.psa.connectwise;

import dev.portico.psa.PsaUnavailableException;

/** A failure that may pass by itself (5xx, timeout, connection refused): reads retry it, the circuit counts it. */
class TransientPsaFailure extends PsaUnavailableException {

    TransientPsaFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
