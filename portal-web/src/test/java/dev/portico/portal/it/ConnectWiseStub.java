package dev.portico.portal.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * WireMock in the test JVM standing in for ConnectWise, answering the calls the connector makes
 * for log-in (validatePortalCredentials, then the contact and the security level captions), password reset
 * and the health probe.
 */
final class ConnectWiseStub {

    static final String API = "/v4_6_release/apis/3.0";
    static final String PASSWORD = "portico-demo";
    static final String AVA = "ava.admin@contoso.example";
    static final String DAN_DISABLED = "dan.disabled@contoso.example";
    static final String PSA_DOWN = "psa.down@contoso.example";

    private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    ConnectWiseStub start() {
        server.start();
        return this;
    }

    String apiUrl() {
        return server.baseUrl() + API;
    }

    WireMockServer server() {
        return server;
    }

    /** The answers every test relies on; tests add their own with a higher priority. */
    void reset() {
        server.resetAll();
        server.stubFor(post(urlPathEqualTo(API + "/company/contacts/validatePortalCredentials")).atPriority(10)
                .willReturn(okJson("{\"success\":false,\"contactId\":0}")));
        validLogIn(AVA, 11);
        validLogIn(DAN_DISABLED, 15);
        server.stubFor(post(urlPathEqualTo(API + "/company/contacts/validatePortalCredentials")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.email", equalTo(PSA_DOWN)))
                .willReturn(aResponse().withStatus(503)));
        server.stubFor(get(urlPathEqualTo(API + "/company/contacts/11"))
                .willReturn(okJson(contact(11, "Ava", "Admin", AVA, 1, false))));
        server.stubFor(get(urlPathEqualTo(API + "/company/contacts/15"))
                .willReturn(okJson(contact(15, "Dan", "Disabled", DAN_DISABLED, 3, true))));
        server.stubFor(post(urlPathEqualTo(API + "/company/contacts/requestPassword"))
                .willReturn(aResponse().withStatus(200)));
        server.stubFor(get(urlPathEqualTo(API + "/company/portalSecurityLevels")).willReturn(okJson("""
                [{"id":1,"caption":"Company Administrator"},{"id":2,"caption":"All Company Tickets"},
                 {"id":3,"caption":"Own Tickets Only"}]""")));
        server.stubFor(get(urlPathEqualTo(API + "/service/priorities"))
                .willReturn(okJson("[{\"id\":1}]")));
    }

    private void validLogIn(String email, long contactId) {
        server.stubFor(post(urlPathEqualTo(API + "/company/contacts/validatePortalCredentials")).atPriority(5)
                .withRequestBody(matchingJsonPath("$.email", equalTo(email)))
                .withRequestBody(matchingJsonPath("$.password", equalTo(PASSWORD)))
                .willReturn(okJson("{\"success\":true,\"contactId\":" + contactId + "}")));
    }

    private static String contact(long id, String first, String last, String email, int level, boolean disabled) {
        return """
                {"id":%d,"firstName":"%s","lastName":"%s",
                 "company":{"id":1,"identifier":"Contoso","name":"Contoso Ltd"},
                 "inactiveFlag":false,"disablePortalLoginFlag":%b,"portalSecurityLevel":%d,
                 "communicationItems":[{"id":%d,"type":{"id":1,"name":"Email"},"value":"%s",
                   "defaultFlag":true,"communicationType":"Email"}]}
                """.formatted(id, first, last, disabled, level, id, email);
    }
}
