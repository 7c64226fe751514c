package dev.portico.psa;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is asking: the company and contact of the signed-in portal user and what they may do.
 * Built from the authenticated session only, never from request parameters, and passed to every
 * gateway call so the adapter can scope list queries and check ownership on reads by id.
 */
public record PsaScope(long companyId, long contactId, Set<Permission> permissions) implements Serializable {

    public PsaScope {
        if (companyId <= 0 || contactId <= 0) {
            throw new IllegalArgumentException("A scope needs a real company and contact");
        }
        permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
        Objects.requireNonNull(permissions);
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    /**
     * The adapters' permission check, called first thing in a gateway method: refuses with
     * {@link PsaNotPermittedException} before anything is sent to the PSA.
     */
    public void require(Permission permission) {
        if (!may(permission)) {
            throw new PsaNotPermittedException(permission);
        }
    }

    /** Like {@link #require(Permission)}, satisfied by any one of the permissions; the refusal names the first. */
    public void requireAny(Permission permission, Permission... alternatives) {
        if (!may(permission) && java.util.Arrays.stream(alternatives).noneMatch(this::may)) {
            throw new PsaNotPermittedException(permission);
        }
    }

    /** True when the user may only see tickets on which they are the contact. */
    public boolean restrictedToOwnTickets() {
        return !may(Permission.VIEW_COMPANY_TICKETS);
    }
}
