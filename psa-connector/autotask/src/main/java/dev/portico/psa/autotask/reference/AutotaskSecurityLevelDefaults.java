package dev.portico.psa.autotask.reference;

import dev.portico.psa.Permission;
import dev.portico.psa.reference.SecurityLevelDefaults;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Autotask's client-portal security levels ({@code ClientPortalUsers.securityLevel}) are 1 Basic, 2 Advanced and
 * 3 Manager: Basic raises tickets and sees its own, Advanced also sees and approves the company's tickets and
 * recommendations, Manager may do everything.
 */
@ApplicationScoped
public class AutotaskSecurityLevelDefaults implements SecurityLevelDefaults {

    private static final Map<String, Set<Permission>> DEFAULTS = Map.of(
            "1", Set.of(Permission.CREATE_TICKETS),
            "2", Set.of(Permission.VIEW_COMPANY_TICKETS, Permission.CREATE_TICKETS, Permission.APPROVE_TICKETS,
                    Permission.VIEW_RECOMMENDATIONS, Permission.APPROVE_RECOMMENDATIONS),
            "3", Set.copyOf(EnumSet.allOf(Permission.class)));

    @Override
    public Map<String, Set<Permission>> defaultPermissions() {
        return DEFAULTS;
    }
}
