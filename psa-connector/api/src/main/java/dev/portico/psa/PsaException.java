package dev.portico.psa;

/** Base of the few failures the connector reports; the portal turns each kind into one clear message. */
public abstract class PsaException extends RuntimeException {

    protected PsaException(String message, Throwable cause) {
        super(message, cause);
    }
}
