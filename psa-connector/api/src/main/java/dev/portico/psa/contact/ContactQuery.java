package dev.portico.psa.contact;

import java.io.Serializable;

/** Contact search: text in first or last name, and whether inactive contacts are included. */
public record ContactQuery(String name, Long siteId, boolean includeInactive) implements Serializable {

    public static ContactQuery active() {
        return new ContactQuery(null, null, false);
    }
}
