package dev.portico.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubCompaniesTest {

    @Test
    void aConfiguredCompanySeesItsSubCompaniesAndOthersOnlyThemselves() {
        SubCompanies subCompanies = new SubCompanies(Map.of(
                "portal.scope.sub-companies.250", " 300, 301 ,"));

        assertEquals(Set.of(250L, 300L, 301L), subCompanies.companiesFor(250));
        assertEquals(Set.of(300L), subCompanies.companiesFor(300));
    }

    @Test
    void aMalformedListNamesItsKey() {
        SubCompanies subCompanies = new SubCompanies(Map.of(
                "portal.scope.sub-companies.250", "300;301"));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> subCompanies.companiesFor(250));
        assertTrue(refused.getMessage().contains("portal.scope.sub-companies.250"));
    }
}
