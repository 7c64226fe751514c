package dev.portico.psa.contact;

import dev.portico.psa.reference.SecurityLevel;
import java.io.Serializable;

/**
 * Whether a contact may log in to the portal, and with which PSA security level.
 *
 * @param level the security level; {@link SecurityLevel#none()} when none is set. When setting access, a
 *        level of none keeps the contact's current level
 */
public record PortalAccess(boolean enabled, SecurityLevel level) implements Serializable {

    public PortalAccess {
        level = level == null ? SecurityLevel.none() : level;
    }

    public static PortalAccess enabled(SecurityLevel level) {
        return new PortalAccess(true, level);
    }

    public static PortalAccess disabled() {
        return new PortalAccess(false, SecurityLevel.none());
    }
}
