package dev.portico.psa.connectwise;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.portico.psa.PageRequest;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaException;
import dev.portico.psa.PsaNotPermittedException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.configuration.ConfigurationQuery;
import dev.portico.psa.connectwise.configuration.ConnectWiseConfigurationGateway;
import dev.portico.psa.connectwise.contact.ConnectWiseContactGateway;
import dev.portico.psa.connectwise.contract.ConnectWiseWireMockTest;
import dev.portico.psa.connectwise.finance.ConnectWiseFinanceGateway;
import dev.portico.psa.connectwise.project.ConnectWiseProjectGateway;
import dev.portico.psa.connectwise.recommendation.ConnectWiseRecommendationGateway;
import dev.portico.psa.connectwise.reference.ConnectWiseReferenceData;
import dev.portico.psa.connectwise.ticket.ConnectWiseTicketGateway;
import dev.portico.psa.contact.ContactDraft;
import dev.portico.psa.contact.EmailSlot;
import dev.portico.psa.contact.PortalAccess;
import dev.portico.psa.reference.SecurityLevel;
import java.util.Map;
import dev.portico.psa.contact.ContactQuery;
import dev.portico.psa.finance.InvoiceQuery;
import dev.portico.psa.ticket.OpenState;
import dev.portico.psa.ticket.TicketAction;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every gateway call that reads or changes something a permission guards refuses, with
 * {@link PsaNotPermittedException} and before a single request reaches the PSA, when the scope lacks
 * that permission; with the permission the call goes through to the PSA.
 */
class PermissionEnforcementTest extends ConnectWiseWireMockTest {

    /** Ids of records that do not exist: allowed reads by id end in "not found", after reaching the PSA. */
    private static final long ID = 999;
    private static final long OWN_CONTACT = CwFixtures.AVA.contactId();
    private static final ContactDraft DRAFT = new ContactDraft("Nia", "New", null, null,
            Map.of(EmailSlot.WORK, "nia@contoso.example"), Map.of());

    /** A gateway call under a scope. */
    interface Call {
        Object run(ConnectWiseConnection cw, PsaScope scope);
    }

    private ConnectWiseConnection cw;

    @BeforeEach
    void setUp() {
        PSA.stubFor(get(urlPathMatching(API + "/.*")).willReturn(okJson("[]")));
        PSA.stubFor(get(urlPathMatching(API + "/.*/count")).willReturn(okJson("{\"count\":0}")));
        PSA.stubFor(any(urlPathMatching(API + "/.*/" + ID + "(/.*)?")).atPriority(1).willReturn(notFound()));
        CwFixtures.stubReferenceData(PSA);
        PSA.stubFor(get(urlPathEqualTo(api("/company/contacts/" + OWN_CONTACT))).willReturn(okJson(
                "{\"id\":" + OWN_CONTACT + ",\"firstName\":\"Ava\",\"lastName\":\"Admin\",\"company\":{\"id\":250}}")));
        cw = connection();
    }

    static Stream<Arguments> guardedCalls() {
        return Stream.of(
                guarded("projects.search", (cw, s) -> new ConnectWiseProjectGateway(cw).search(s, OpenState.ANY, null,
                        PageRequest.first(10)), Permission.VIEW_PROJECTS),
                guarded("projects.get", (cw, s) -> new ConnectWiseProjectGateway(cw).get(s, ID), Permission.VIEW_PROJECTS),
                guarded("projects.phases", (cw, s) -> new ConnectWiseProjectGateway(cw).phases(s, ID), Permission.VIEW_PROJECTS),
                guarded("projects.workItems", (cw, s) -> new ConnectWiseProjectGateway(cw).workItems(s, ID, PageRequest.first(10)),
                        Permission.VIEW_PROJECTS),
                guarded("configurations.search", (cw, s) -> new ConnectWiseConfigurationGateway(cw).search(s,
                        ConfigurationQuery.all(), PageRequest.first(10), null), Permission.VIEW_CONFIGURATIONS),
                guarded("configurations.count", (cw, s) -> new ConnectWiseConfigurationGateway(cw).count(s,
                        ConfigurationQuery.all()), Permission.VIEW_CONFIGURATIONS),
                guarded("configurations.get", (cw, s) -> new ConnectWiseConfigurationGateway(cw).get(s, ID),
                        Permission.VIEW_CONFIGURATIONS),
                guarded("reference.configurationItems", (cw, s) -> new ConnectWiseReferenceData(cw).configurationItems(s, 51,
                        null), Permission.CREATE_TICKETS, Permission.VIEW_CONFIGURATIONS),
                guarded("finance.activeAgreements", (cw, s) -> new ConnectWiseFinanceGateway(cw).activeAgreements(s,
                        PageRequest.first(10)), Permission.VIEW_FINANCE),
                guarded("finance.agreement", (cw, s) -> new ConnectWiseFinanceGateway(cw).agreement(s, ID), Permission.VIEW_FINANCE),
                guarded("finance.invoices", (cw, s) -> new ConnectWiseFinanceGateway(cw).invoices(s,
                        new InvoiceQuery(null, null, false), PageRequest.first(10)), Permission.VIEW_FINANCE),
                guarded("finance.invoice", (cw, s) -> new ConnectWiseFinanceGateway(cw).invoice(s, ID), Permission.VIEW_FINANCE),
                guarded("finance.invoiceDocument", (cw, s) -> new ConnectWiseFinanceGateway(cw).invoiceDocument(s, ID),
                        Permission.VIEW_FINANCE),
                guarded("recommendations.search", (cw, s) -> new ConnectWiseRecommendationGateway(cw).search(s,
                        PageRequest.first(10)), Permission.VIEW_RECOMMENDATIONS),
                guarded("recommendations.count", (cw, s) -> new ConnectWiseRecommendationGateway(cw).count(s),
                        Permission.VIEW_RECOMMENDATIONS),
                guarded("recommendations.get", (cw, s) -> new ConnectWiseRecommendationGateway(cw).get(s, ID),
                        Permission.VIEW_RECOMMENDATIONS),
                guarded("recommendations.approve", (cw, s) -> new ConnectWiseRecommendationGateway(cw).approve(s, ID, "ok"),
                        Permission.APPROVE_RECOMMENDATIONS),
                guarded("recommendations.decline", (cw, s) -> new ConnectWiseRecommendationGateway(cw).decline(s, ID, "no"),
                        Permission.APPROVE_RECOMMENDATIONS),
                guarded("contacts.search", (cw, s) -> new ConnectWiseContactGateway(cw).search(s,
                        new ContactQuery(null, null, true), PageRequest.first(10)),
                        Permission.MANAGE_CONTACTS, Permission.VIEW_COMPANY_TICKETS),
                guarded("contacts.get (another contact)", (cw, s) -> new ConnectWiseContactGateway(cw).get(s, ID),
                        Permission.MANAGE_CONTACTS, Permission.VIEW_COMPANY_TICKETS),
                guarded("contacts.create", (cw, s) -> new ConnectWiseContactGateway(cw).create(s, DRAFT),
                        Permission.MANAGE_CONTACTS),
                guarded("contacts.update (another contact)", (cw, s) -> new ConnectWiseContactGateway(cw).update(s, ID, DRAFT),
                        Permission.MANAGE_CONTACTS),
                guarded("contacts.setPortalAccess", (cw, s) -> new ConnectWiseContactGateway(cw).setPortalAccess(s, ID,
                        PortalAccess.enabled(SecurityLevel.none())), Permission.MANAGE_CONTACTS),
                guarded("tickets.changeStatus(APPROVE)", (cw, s) -> new ConnectWiseTicketGateway(cw).changeStatus(s, ID,
                        TicketAction.APPROVE, null), Permission.APPROVE_TICKETS),
                guarded("tickets.changeStatus(REJECT)", (cw, s) -> new ConnectWiseTicketGateway(cw).changeStatus(s, ID,
                        TicketAction.REJECT, null), Permission.APPROVE_TICKETS));
    }

    /** A call that needs one of {@code anyOf}. */
    private static Arguments guarded(String name, Call call, Permission... anyOf) {
        return Arguments.of(name, call, Set.of(anyOf));
    }

    @ParameterizedTest(name = "{0} without {2}")
    @MethodSource("guardedCalls")
    void refusedBeforeAnyPsaCallWithoutThePermission(String name, Call call, Set<Permission> anyOf) {
        EnumSet<Permission> others = EnumSet.complementOf(EnumSet.copyOf(anyOf));
        PsaScope lacking = new PsaScope(250, OWN_CONTACT, others);

        PsaNotPermittedException refused = assertThrows(PsaNotPermittedException.class, () -> call.run(cw, lacking), name);

        assertTrue(anyOf.stream().anyMatch(p -> refused.getMessage().contains(p.name())), refused.getMessage());
        assertEquals(List.of(), PSA.getAllServeEvents().stream().map(e -> e.getRequest().getUrl()).toList(),
                name + " reached the PSA");
    }

    @ParameterizedTest(name = "{0} with {2}")
    @MethodSource("guardedCalls")
    void goesThroughToThePsaWithThePermission(String name, Call call, Set<Permission> anyOf) {
        for (Permission enough : anyOf) {
            PSA.resetRequests();
            PsaScope scope = new PsaScope(250, OWN_CONTACT, Set.of(enough));
            try {
                call.run(cw, scope);
            } catch (PsaNotPermittedException e) {
                fail(name + " refused with " + enough, e);
            } catch (PsaException expected) {
                // e.g. "not found" for the made-up id: the PSA was asked, which is the point here
            }
            assertFalse(PSA.getAllServeEvents().isEmpty(), name + " with " + enough + " sent nothing to the PSA");
        }
    }

    @Test
    void everyoneMayReadAndChangeTheirOwnContact() {
        PsaScope nothing = new PsaScope(250, OWN_CONTACT, Set.of());
        var contacts = new ConnectWiseContactGateway(cw);

        assertEquals("Ava", contacts.get(nothing, OWN_CONTACT).firstName());
        try {
            contacts.update(nothing, OWN_CONTACT, DRAFT);
        } catch (PsaNotPermittedException e) {
            fail("own contact refused", e);
        } catch (PsaException expected) {
            // the PATCH is not stubbed; what matters is that it was sent
        }
        assertTrue(PSA.getAllServeEvents().stream().anyMatch(e -> e.getRequest().getMethod().getName().equals("PATCH")));
    }
}
