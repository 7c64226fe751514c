package dev.portico.psa.reference;

import java.io.Serializable;

/**
 * A PSA portal security level: its key (ConnectWise: "1".."6"; what {@code portal.security.level.<key>} maps
 * onto permissions) and the name to show (the PSA's caption, e.g. "Company admin").
 */
public record SecurityLevel(String key, String name) implements Serializable {

    private static final SecurityLevel NONE = new SecurityLevel("", "");

    public SecurityLevel {
        key = key == null ? "" : key.trim();
        name = name == null || name.isBlank() ? key : name.trim();
    }

    /** No security level set. */
    public static SecurityLevel none() {
        return NONE;
    }

    public boolean isNone() {
        return key.isEmpty();
    }
}
