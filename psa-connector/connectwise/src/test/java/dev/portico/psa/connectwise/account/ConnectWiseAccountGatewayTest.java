package dev.portico.psa.connectwise.account;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.psa.Permission;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaRejectedException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.PsaUnavailableException;
import dev.portico.psa.account.PortalAccount;
import dev.portico.psa.connectwise.contract.ConnectWiseWireMockTest;
import dev.portico.psa.reference.SecurityLevel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectWiseAccountGatewayTest extends ConnectWiseWireMockTest {

    private ConnectWiseAccountGateway gateway;
    private ConnectWisePasswordAuthority passwords;

    @BeforeEach
    void setUp() {
        var cw = connection();
        gateway = new ConnectWiseAccountGateway(cw);
        passwords = new ConnectWisePasswordAuthority(cw);
        PSA.stubFor(get(urlPathEqualTo(api("/company/portalSecurityLevels"))).willReturn(okJson("""
                [{"id":1,"caption":"Company admin"},{"id":2,"caption":"All company tickets"},{"id":3,"caption":"Own tickets"}]""")));
    }

    /** What the portal's identity store does: the PSA checks the password, then the account is loaded. */
    private Optional<PortalAccount> signIn(String email, char[] password) {
        OptionalLong contactId = passwords.verify(email, password);
        return contactId.isPresent()
                ? gateway.reload(contactId.getAsLong()).map(account -> account.signedInAs(email.trim()))
                : Optional.empty();
    }

    static String contact(long id, boolean inactive, boolean disabled, String companyName) {
        return """
                {"id":%d,"firstName":"Ava","lastName":"Admin","company":{"id":250,"identifier":"Contoso"%s},
                 "inactiveFlag":%s,"disablePortalLoginFlag":%s,"portalSecurityLevel":1,
                 "communicationItems":[
                   {"id":1,"type":{"id":2,"name":"Direct"},"value":"+44 1","communicationType":"Phone","defaultFlag":true},
                   {"id":2,"type":{"id":1,"name":"Email"},"value":"ava.admin@contoso.example","communicationType":"Email","defaultFlag":true}]}
                """.formatted(id, companyName == null ? "" : ",\"name\":\"" + companyName + "\"", inactive, disabled);
    }

    private void validLogin(long contactId) {
        PSA.stubFor(post(urlPathEqualTo(api("/company/contacts/validatePortalCredentials")))
                .willReturn(okJson("{\"success\":true,\"contactId\":" + contactId + "}")));
    }

    @Test
    void logInValidatesThenReadsTheContactWithAllHeaders() {
        validLogin(812);
        PSA.stubFor(get(urlPathEqualTo(api("/company/contacts/812")))
                .willReturn(okJson(contact(812, false, false, "Contoso Ltd"))));

        Optional<PortalAccount> account = signIn(" ava.admin@contoso.example ", "portico-demo".toCharArray());

        assertEquals(Optional.of(new PortalAccount(812, "ava.admin@contoso.example", "Ava", "Admin", 250,
                "Contoso Ltd", new SecurityLevel("1", "Company admin"))), account);
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                "portico_demo+demo-public-key:demo-private-key".getBytes(StandardCharsets.UTF_8));
        PSA.verify(postRequestedFor(urlPathEqualTo(api("/company/contacts/validatePortalCredentials")))
                .withHeader("Authorization", equalTo(basic))
                .withHeader("clientId", equalTo("3f6b6f0e-7c1a-4c55-9a59-5f6d3c1e0a11"))
                .withHeader("Accept", equalTo("application/vnd.connectwise.com+json; version=2025.8"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"email\":\"ava.admin@contoso.example\",\"password\":\"portico-demo\"}")));
        PSA.verify(getRequestedFor(urlPathEqualTo(api("/company/contacts/812")))
                .withHeader("Authorization", equalTo(basic))
                .withHeader("clientId", equalTo("3f6b6f0e-7c1a-4c55-9a59-5f6d3c1e0a11"))
                .withHeader("Accept", equalTo("application/vnd.connectwise.com+json; version=2025.8"))
                .withQueryParam("fields", equalTo(ConnectWiseAccountGateway.CONTACT_FIELDS)));
        assertEquals(3, meter.total(), "the company name came with the contact, the level captions are read once");
        signIn("ava.admin@contoso.example", "portico-demo".toCharArray());
        assertEquals(5, meter.total(), "level captions are cached: two PSA calls for a further log-in");
    }

    @Test
    void companyNameIsFetchedWhenTheReferenceLacksIt() {
        validLogin(812);
        PSA.stubFor(get(urlPathEqualTo(api("/company/contacts/812"))).willReturn(okJson(contact(812, false, false, null))));
        PSA.stubFor(get(urlPathEqualTo(api("/company/companies/250")))
                .willReturn(okJson("{\"id\":250,\"name\":\"Contoso Ltd\"}")));

        PortalAccount account = signIn("ava.admin@contoso.example", "pw".toCharArray()).orElseThrow();

        assertEquals("Contoso Ltd", account.companyName());
        PSA.verify(getRequestedFor(urlPathEqualTo(api("/company/companies/250"))).withQueryParam("fields", equalTo("id,name")));
    }

    @Test
    void wrongPasswordIsNoAccountAndNoFurtherCalls() {
        PSA.stubFor(post(urlPathEqualTo(api("/company/contacts/validatePortalCredentials")))
                .willReturn(okJson("{\"success\":false,\"contactId\":0}")));

        assertEquals(Optional.empty(), signIn("ava.admin@contoso.example", "nope".toCharArray()));
        assertEquals(1, PSA.getAllServeEvents().size());
    }

    @Test
    void inactiveAndPortalDisabledContactsAreRefused() {
        validLogin(813);
        PSA.stubFor(get(urlPathEqualTo(api("/company/contacts/813"))).willReturn(okJson(contact(813, true, false, "C"))));
        assertEquals(Optional.empty(), signIn("x@contoso.example", "pw".toCharArray()));

        validLogin(814);
        PSA.stubFor(get(urlPathEqualTo(api("/company/contacts/814"))).willReturn(okJson(contact(814, false, true, "C"))));
        assertEquals(Optional.empty(), signIn("dan.disabled@contoso.example", "pw".toCharArray()));
    }

    @Test
    void emptyCredentialsNeverReachThePsa() {
        assertEquals(Optional.empty(), signIn("", "pw".toCharArray()));
        assertEquals(Optional.empty(), signIn("a@b.c", new char[0]));
        assertEquals(0, PSA.getAllServeEvents().size());
    }

    @Test
    void aDownPsaIsReportedNotTreatedAsAWrongPassword() {
        PSA.stubFor(post(urlPathEqualTo(api("/company/contacts/validatePortalCredentials")))
                .willReturn(aResponse().withStatus(503)));

        assertThrows(PsaUnavailableException.class, () -> signIn("a@b.c", "pw".toCharArray()));
        assertEquals(1, PSA.getAllServeEvents().size(), "a credential check is never retried");
    }

    @Test
    void reloadReadsTheContactAgainAndRefusesWhenGone() {
        PSA.stubFor(get(urlPathEqualTo(api("/company/contacts/812"))).willReturn(okJson(contact(812, false, false, "Contoso"))));
        PSA.stubFor(get(urlPathEqualTo(api("/company/contacts/999")))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"NotFound\",\"message\":\"Contact not found\"}")));

        assertEquals("ava.admin@contoso.example", gateway.reload(812).orElseThrow().email());
        assertEquals(Optional.empty(), gateway.reload(999));
    }

    @Test
    void passwordResetIsSilentForUnknownAddresses() {
        PSA.stubFor(post(urlPathEqualTo(api("/company/contacts/requestPassword")))
                .withRequestBody(matchingJsonPath("$.email", equalTo("known@contoso.example")))
                .willReturn(aResponse().withStatus(200)));
        PSA.stubFor(post(urlPathEqualTo(api("/company/contacts/requestPassword")))
                .withRequestBody(matchingJsonPath("$.email", equalTo("nobody@nowhere.example")))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"InvalidObject\",\"message\":\"Contact not found\",\"errors\":[]}")));

        passwords.requestReset("known@contoso.example");
        passwords.requestReset("nobody@nowhere.example");

        PSA.verify(2, postRequestedFor(urlPathEqualTo(api("/company/contacts/requestPassword"))));
    }

    @Test
    void passwordResetToleratesAJsonAnswerBody() {
        PSA.stubFor(post(urlPathEqualTo(api("/company/contacts/requestPassword")))
                .willReturn(okJson("{\"success\":true,\"message\":\"sent\"}")));

        passwords.requestReset("known@contoso.example");

        PSA.verify(1, postRequestedFor(urlPathEqualTo(api("/company/contacts/requestPassword"))));
    }

    @Test
    void changePasswordChecksTheCurrentOneThenPatchesPortalPassword() {
        PsaScope scope = new PsaScope(250, 812, Set.of(Permission.VIEW_COMPANY_TICKETS));
        validLogin(812);
        PSA.stubFor(get(urlPathEqualTo(api("/company/contacts/812"))).willReturn(okJson(contact(812, false, false, "C"))));
        PSA.stubFor(patch(urlPathEqualTo(api("/company/contacts/812"))).willReturn(okJson(contact(812, false, false, "C"))));

        passwords.changePassword(scope, "old".toCharArray(), "n3w-Secret".toCharArray());

        PSA.verify(postRequestedFor(urlPathEqualTo(api("/company/contacts/validatePortalCredentials")))
                .withRequestBody(equalToJson("{\"email\":\"ava.admin@contoso.example\",\"password\":\"old\"}")));
        PSA.verify(patchRequestedFor(urlPathEqualTo(api("/company/contacts/812")))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("clientId", equalTo("3f6b6f0e-7c1a-4c55-9a59-5f6d3c1e0a11"))
                .withRequestBody(equalToJson("[{\"op\":\"replace\",\"path\":\"portalPassword\",\"value\":\"n3w-Secret\"}]")));
    }

    @Test
    void wrongCurrentPasswordNeverPatches() {
        PsaScope scope = new PsaScope(250, 812, Set.of());
        PSA.stubFor(post(urlPathEqualTo(api("/company/contacts/validatePortalCredentials")))
                .willReturn(okJson("{\"success\":false,\"contactId\":0}")));
        PSA.stubFor(get(urlPathEqualTo(api("/company/contacts/812"))).willReturn(okJson(contact(812, false, false, "C"))));

        PsaRejectedException refused = assertThrows(PsaRejectedException.class,
                () -> passwords.changePassword(scope, "bad".toCharArray(), "new".toCharArray()));

        assertEquals("currentPassword", refused.problems().get(0).field());
        PSA.verify(0, patchRequestedFor(urlPathEqualTo(api("/company/contacts/812"))));
    }

    @Test
    void anotherCompanysContactCannotBeChanged() {
        PsaScope fabrikam = new PsaScope(300, 812, Set.of());
        PSA.stubFor(get(urlPathEqualTo(api("/company/contacts/812"))).willReturn(okJson(contact(812, false, false, "C"))));

        assertThrows(PsaNotFoundException.class,
                () -> passwords.changePassword(fabrikam, "old".toCharArray(), "new".toCharArray()));
        assertTrue(PSA.getAllServeEvents().stream().allMatch(e -> e.getRequest().getMethod().getName().equals("GET")));
    }

    @Test
    void findByEmailAsksForActivePortalContactsWithThatAddress() {
        PSA.stubFor(get(urlPathEqualTo(api("/company/contacts")))
                .willReturn(okJson("[" + contact(812, false, false, "Contoso Ltd") + "]")));

        PortalAccount account = gateway.findByEmail(" Ava.Admin@contoso.example ").orElseThrow();

        assertEquals(812, account.contactId());
        assertEquals("Company admin", account.securityLevel().name());
        assertEquals("1", account.securityLevel().key());
        PSA.verify(getRequestedFor(urlPathEqualTo(api("/company/contacts")))
                .withQueryParam("conditions", equalTo("inactiveFlag=false AND disablePortalLoginFlag=false"))
                .withQueryParam("childConditions", equalTo(
                        "communicationItems/value=\"Ava.Admin@contoso.example\" AND communicationItems/communicationType=\"Email\""))
                .withQueryParam("pageSize", equalTo("2")));
    }

    @Test
    void findByEmailRefusesUnknownAndAmbiguousAddresses() {
        PSA.stubFor(get(urlPathEqualTo(api("/company/contacts"))).willReturn(okJson("[]")));
        assertEquals(Optional.empty(), gateway.findByEmail("nobody@contoso.example"));

        PSA.stubFor(get(urlPathEqualTo(api("/company/contacts"))).willReturn(okJson(
                "[" + contact(812, false, false, "C") + "," + contact(813, false, false, "C") + "]")));
        assertEquals(Optional.empty(), gateway.findByEmail("ava.admin@contoso.example"));
        assertEquals(Optional.empty(), gateway.findByEmail(" "));
    }
}
