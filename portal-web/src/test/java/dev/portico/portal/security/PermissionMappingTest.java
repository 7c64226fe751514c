package dev.portico.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.psa.Permission;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermissionMappingTest {

    /** Defaults as an adapter declares them: level 1 the company's administrator, 3 raises its own tickets. */
    static final Map<String, Set<Permission>> ADAPTER_DEFAULTS = Map.of(
            "1", EnumSet.allOf(Permission.class),
            "2", EnumSet.of(Permission.VIEW_COMPANY_TICKETS, Permission.CREATE_TICKETS, Permission.APPROVE_TICKETS,
                    Permission.VIEW_RECOMMENDATIONS, Permission.APPROVE_RECOMMENDATIONS),
            "3", EnumSet.of(Permission.CREATE_TICKETS));

    @Test
    void theAdaptersDefaultsApplyToLevelsTheMspDidNotConfigure() {
        PermissionMapping mapping = PermissionMapping.defaults(ADAPTER_DEFAULTS);

        assertEquals(EnumSet.allOf(Permission.class), mapping.permissionsFor("1"));
        assertEquals(EnumSet.of(Permission.VIEW_COMPANY_TICKETS, Permission.CREATE_TICKETS, Permission.APPROVE_TICKETS,
                Permission.VIEW_RECOMMENDATIONS, Permission.APPROVE_RECOMMENDATIONS), mapping.permissionsFor("2"));
        assertEquals(EnumSet.of(Permission.CREATE_TICKETS), mapping.permissionsFor("3"));
    }

    @Test
    void unknownMissingOrBlankLevelsMayOnlySeeTheirOwnTickets() {
        PermissionMapping mapping = PermissionMapping.defaults(ADAPTER_DEFAULTS);

        assertEquals(Set.of(), mapping.permissionsFor("4"));
        assertEquals(Set.of(), mapping.permissionsFor("6"));
        assertEquals(Set.of(), mapping.permissionsFor(""));
        assertEquals(Set.of(), mapping.permissionsFor(null));
        assertEquals(Set.of(), mapping.permissionsFor("Level 1"));
    }

    @Test
    void configuredLevelsReplaceTheDefaultsAndAcceptLooseSpelling() {
        Map<String, String> config = Map.of(
                "portal.security.level.2", " view_company_tickets , create-tickets ",
                "portal.security.level.4", "VIEW_PROJECTS",
                "portal.security.level.5", "*",
                "portal.security.level.1", "NONE");

        PermissionMapping mapping = PermissionMapping.from(config, ADAPTER_DEFAULTS);

        assertEquals(EnumSet.of(Permission.VIEW_COMPANY_TICKETS, Permission.CREATE_TICKETS), mapping.permissionsFor("2"));
        assertEquals(EnumSet.of(Permission.VIEW_PROJECTS), mapping.permissionsFor("4"));
        assertEquals(EnumSet.allOf(Permission.class), mapping.permissionsFor("5"));
        assertEquals(Set.of(), mapping.permissionsFor("1"));
        assertEquals(EnumSet.of(Permission.CREATE_TICKETS), mapping.permissionsFor("3"), "untouched default");
    }

    @Test
    void levelsAboveNineAreFoundThroughThePropertyNames() {
        Set<String> keys = PermissionMapping.levelKeys(Set.of("portal.security.level.12", "other.key"));
        PermissionMapping mapping = PermissionMapping.from(Map.of("portal.security.level.12", "VIEW_REPORTS"),
                ADAPTER_DEFAULTS);

        assertTrue(keys.contains("portal.security.level.12") && keys.contains("portal.security.level.1"), keys::toString);
        assertTrue(!keys.contains("other.key"), keys::toString);

        assertEquals(EnumSet.of(Permission.VIEW_REPORTS), mapping.permissionsFor("12"));
    }

    @Test
    void anUnknownPermissionNameStopsTheStartWithTheKeyInTheMessage() {
        Map<String, String> config = Map.of("portal.security.level.3", "CREATE_TICKETS,SEE_EVERYTHING");

        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> PermissionMapping.from(config, ADAPTER_DEFAULTS));

        assertTrue(failure.getMessage().contains("portal.security.level.3"), failure.getMessage());
        assertTrue(failure.getMessage().contains("SEE_EVERYTHING"), failure.getMessage());
    }

    @Test
    void theMappedSetsCannotBeChangedByCallers() {
        Set<Permission> permissions = PermissionMapping.defaults(ADAPTER_DEFAULTS).permissionsFor("1");

        assertThrows(UnsupportedOperationException.class, () -> permissions.remove(Permission.VIEW_FINANCE));
    }

    @Test
    void theSameLevelNumberMeansWhatTheAdapterSays() {
        Map<String, Set<Permission>> basicFirst = Map.of("1", EnumSet.of(Permission.CREATE_TICKETS),
                "3", EnumSet.allOf(Permission.class));

        PermissionMapping mapping = PermissionMapping.defaults(basicFirst);

        assertEquals(EnumSet.of(Permission.CREATE_TICKETS), mapping.permissionsFor("1"));
        assertEquals(EnumSet.allOf(Permission.class), mapping.permissionsFor("3"));
        assertEquals(Set.of(), mapping.permissionsFor("2"), "a level the adapter does not name gets nothing");
    }
}
