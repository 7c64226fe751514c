package dev.portico.psa.connectwise.rest;

/** A ConnectWise reference ({@code {id, name}}; companies add {@code identifier}). Requests send the id only. */
public record CwRef(Long id, String name, String identifier) {

    public static CwRef of(long id) {
        return new CwRef(id, null, null);
    }

    public static CwRef ofNullable(Long id) {
        return id == null ? null : of(id);
    }

    public long idOrZero() {
        return id == null ? 0 : id;
    }
}
