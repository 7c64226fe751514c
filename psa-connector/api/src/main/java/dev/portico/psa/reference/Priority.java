package dev.portico.psa.reference;

import java.io.Serializable;

/** A ticket priority, with its sort order (lower is more urgent). */
public record Priority(long id, String name, int sortOrder) implements Serializable {
}
