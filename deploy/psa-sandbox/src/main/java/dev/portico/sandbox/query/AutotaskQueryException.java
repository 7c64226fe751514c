package dev.portico.sandbox.query;

/** A QueryModel that Autotask refuses; the message is Autotask's error text. */
public class AutotaskQueryException extends RuntimeException {

    public AutotaskQueryException(String message) {
        super(message);
    }
}
