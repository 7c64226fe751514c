package dev.portico.psa.connectwise;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.portico.psa.PageRequest;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.connectwise.contract.ConnectWiseWireMockTest;
import dev.portico.psa.connectwise.finance.ConnectWiseFinanceGateway;
import dev.portico.psa.connectwise.project.ConnectWiseProjectGateway;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A scope with sub-companies sees their records; a scope of the parent alone does not. */
class SubCompanyScopeTest extends ConnectWiseWireMockTest {

    private static final PsaScope PARENT_ONLY = new PsaScope(250, 812, EnumSet.allOf(Permission.class));
    private static final PsaScope WITH_SUBSIDIARY = new PsaScope(250, Set.of(250L, 300L), 812, Set.of(),
            EnumSet.allOf(Permission.class));

    private ConnectWiseConnection cw;

    @BeforeEach
    void setUp() {
        CwFixtures.stubReferenceData(PSA);
        cw = connection();
        PSA.stubFor(get(urlPathEqualTo(api("/finance/invoices/12"))).willReturn(okJson(
                "{\"id\":12,\"invoiceNumber\":\"INV/12\",\"company\":{\"id\":250},\"balance\":0}")));
        PSA.stubFor(get(urlPathEqualTo(api("/finance/invoices/31"))).willReturn(okJson(
                "{\"id\":31,\"invoiceNumber\":\"INV/31\",\"company\":{\"id\":300},\"balance\":10}")));
        PSA.stubFor(get(urlPathEqualTo(api("/project/projects/90"))).willReturn(okJson(
                "{\"id\":90,\"name\":\"Fabrikam roll-out\",\"company\":{\"id\":300},\"doNotDisplayInPortalFlag\":false}")));
    }

    @Test
    void aScopeWithTwoCompaniesSeesBoth() {
        var finance = new ConnectWiseFinanceGateway(cw);

        assertEquals("INV/12", finance.invoice(WITH_SUBSIDIARY, 12).number());
        assertEquals("INV/31", finance.invoice(WITH_SUBSIDIARY, 31).number());
        assertEquals("Fabrikam roll-out", new ConnectWiseProjectGateway(cw).get(WITH_SUBSIDIARY, 90).name());
    }

    @Test
    void aScopeWithoutTheSubsidiaryDoesNotSeeIt() {
        var finance = new ConnectWiseFinanceGateway(cw);

        assertEquals("INV/12", finance.invoice(PARENT_ONLY, 12).number());
        assertThrows(PsaNotFoundException.class, () -> finance.invoice(PARENT_ONLY, 31));
        assertThrows(PsaNotFoundException.class, () -> new ConnectWiseProjectGateway(cw).get(PARENT_ONLY, 90));
    }

    @Test
    void listQueriesCarryTheWholeCompanySet() {
        PSA.stubFor(get(urlPathEqualTo(api("/project/projects"))).willReturn(okJson("""
                [{"id":77,"name":"Office move","company":{"id":250}},{"id":90,"name":"Fabrikam roll-out","company":{"id":300}},
                 {"id":91,"name":"Foreign","company":{"id":400}}]""")));
        PSA.stubFor(get(urlPathEqualTo(api("/project/projects/count"))).willReturn(okJson("{\"count\":2}")));
        var projects = new ConnectWiseProjectGateway(cw);

        var both = projects.search(WITH_SUBSIDIARY, dev.portico.psa.ticket.OpenState.ANY, null, PageRequest.first(10));
        projects.search(PARENT_ONLY, dev.portico.psa.ticket.OpenState.ANY, null, PageRequest.first(10));

        PSA.verify(getRequestedFor(urlPathEqualTo(api("/project/projects"))).withQueryParam("conditions",
                equalTo("(company/id in (250,300)) AND (doNotDisplayInPortalFlag=false)")));
        PSA.verify(getRequestedFor(urlPathEqualTo(api("/project/projects"))).withQueryParam("conditions",
                equalTo("(company/id=250) AND (doNotDisplayInPortalFlag=false)")));
        assertEquals(List.of(77L, 90L), both.items().stream().map(p -> p.id()).toList());
    }

    @Test
    void theScopeAlwaysHoldsItsOwnCompanyAndSitesNarrowLists() {
        PsaScope oneSite = new PsaScope(250, Set.of(300L), 812, Set.of(51L), Set.of());

        assertEquals(Set.of(250L, 300L), oneSite.companyIds());
        assertEquals("(company/id in (250,300) AND site/id in (51)) AND (name contains \"x\")",
                Conditions.scoped(CwRecord.CONFIGURATION, oneSite).contains("name", "x").build());
        assertEquals("(company/id in (250,300))", Conditions.scoped(CwRecord.INVOICE, oneSite).build());
    }
}
