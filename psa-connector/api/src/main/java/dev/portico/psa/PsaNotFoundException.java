package dev.portico.psa;

/** The record does not exist, or it belongs to another company: the two are never told apart. */
public class PsaNotFoundException extends PsaException {

    public PsaNotFoundException(String what) {
        super(what + " not found", null);
    }
}
