package dev.portico.portal.security;

import dev.portico.psa.Permission;
import dev.portico.psa.account.PortalAccount;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.HashSet;
import java.util.Set;

/** Builds the validation result both identity stores hand to the container for an allowed account. */
final class PortalCredentials {

    /** Every signed-in caller is in this group, whatever its permissions. */
    static final String PORTAL_USER = "portal-user";

    private PortalCredentials() {
    }

    static CredentialValidationResult valid(PortalAccount account, Set<Permission> permissions) {
        Set<String> groups = new HashSet<>();
        groups.add(PORTAL_USER);
        permissions.forEach(permission -> groups.add(permission.name()));
        return new CredentialValidationResult(new PortalPrincipal(account), groups);
    }
}
