package dev.portico.psa.connectwise.rest;

/** Answer of every {@code /count} endpoint. */
public record CwCount(Long count) {

    public long value() {
        return count == null ? 0 : count;
    }
}
