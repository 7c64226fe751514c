package dev.portico.psa;

/** The PSA is slow, down, rate limiting us past our patience, or the circuit to it is open. Nothing was changed. */
public class PsaUnavailableException extends PsaException {

    public PsaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
