package dev.portico.psa.autotask.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.psa.Permission;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AutotaskSecurityLevelDefaultsTest {

    private final AutotaskSecurityLevelDefaults defaults = new AutotaskSecurityLevelDefaults();

    @Test
    void basicUsersOnlyRaiseAndFollowTheirOwnTickets() {
        assertEquals(Set.of(Permission.CREATE_TICKETS), defaults.defaultPermissions().get("1"));
    }

    @Test
    void advancedUsersSeeAndApproveTheCompanysTicketsAndRecommendations() {
        assertEquals(EnumSet.of(Permission.VIEW_COMPANY_TICKETS, Permission.CREATE_TICKETS, Permission.APPROVE_TICKETS,
                Permission.VIEW_RECOMMENDATIONS, Permission.APPROVE_RECOMMENDATIONS),
                EnumSet.copyOf(defaults.defaultPermissions().get("2")));
    }

    @Test
    void managersMayDoEverything() {
        assertEquals(EnumSet.allOf(Permission.class), EnumSet.copyOf(defaults.defaultPermissions().get("3")));
    }
}
