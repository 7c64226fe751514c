package dev.portico.psa.autotask;

import dev.portico.psa.PsaUnavailableException;

/** A failure that may pass by itself (5xx without errors, timeout, refused connection): reads retry it. */
class TransientPsaFailure extends PsaUnavailableException {

    TransientPsaFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
