package dev.portico.psa.reference;

import dev.portico.psa.Permission;
import java.util.Map;
import java.util.Set;

/**
 * The portal permissions each of the PSA's own portal security levels has unless the MSP configures the level
 * ({@code portal.security.level.<key>}). Every adapter provides one bean of this type, because only the adapter
 * knows what its PSA's levels mean: the same number is an administrator in one PSA and a basic user in another.
 * A level the map does not name gets no permission (own tickets only).
 */
public interface SecurityLevelDefaults {

    /** By {@link SecurityLevel#key()}. */
    Map<String, Set<Permission>> defaultPermissions();
}
