package dev.portico.psa;

import java.io.Serializable;

/** A reference to another PSA record: its id and display name. */
public record Ref(long id, String name) implements Serializable {

    public Ref {
        name = name == null ? "" : name;
    }
}
