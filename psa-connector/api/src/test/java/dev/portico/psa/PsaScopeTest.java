package dev.portico.psa;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PsaScopeTest {

    private final PsaScope viewer = new PsaScope(250, 812, Set.of(Permission.VIEW_PROJECTS));

    @Test
    void requirePassesWithThePermissionAndRefusesNamingItWithout() {
        assertDoesNotThrow(() -> viewer.require(Permission.VIEW_PROJECTS));

        PsaNotPermittedException refused = assertThrows(PsaNotPermittedException.class,
                () -> viewer.require(Permission.VIEW_FINANCE));
        assertEquals("Not permitted: VIEW_FINANCE", refused.getMessage());
    }

    @Test
    void requireAnyPassesWithOneOfThemAndRefusesNamingTheFirst() {
        assertDoesNotThrow(() -> viewer.requireAny(Permission.MANAGE_CONTACTS, Permission.VIEW_PROJECTS));

        PsaNotPermittedException refused = assertThrows(PsaNotPermittedException.class,
                () -> viewer.requireAny(Permission.MANAGE_CONTACTS, Permission.VIEW_COMPANY_TICKETS));
        assertEquals("Not permitted: MANAGE_CONTACTS", refused.getMessage());
    }
}
