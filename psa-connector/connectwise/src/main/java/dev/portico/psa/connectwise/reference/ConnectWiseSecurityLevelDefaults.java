package dev.portico.psa.connectwise.reference;

import dev.portico.psa.Permission;
import dev.portico.psa.reference.SecurityLevelDefaults;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * ConnectWise's portal security levels run from 1 (the company's administrator) to 6: level 1 may do everything,
 * level 2 sees and approves the company's tickets and recommendations, level 3 raises tickets and sees its own.
 * Levels 4 to 6 see their own tickets only.
 */
@ApplicationScoped
public class ConnectWiseSecurityLevelDefaults implements SecurityLevelDefaults {

    private static final Map<String, Set<Permission>> DEFAULTS = Map.of(
            "1", Set.copyOf(EnumSet.allOf(Permission.class)),
            "2", Set.of(Permission.VIEW_COMPANY_TICKETS, Permission.CREATE_TICKETS, Permission.APPROVE_TICKETS,
                    Permission.VIEW_RECOMMENDATIONS, Permission.APPROVE_RECOMMENDATIONS),
            "3", Set.of(Permission.CREATE_TICKETS));

    @Override
    public Map<String, Set<Permission>> defaultPermissions() {
        return DEFAULTS;
    }
}
