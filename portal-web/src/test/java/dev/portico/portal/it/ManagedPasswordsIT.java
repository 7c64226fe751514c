package dev.portico.portal.it;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.portico.portal.it.ConnectWiseStub.API;
import static dev.portico.portal.it.ConnectWiseStub.AVA;
import static dev.portico.portal.it.ConnectWiseStub.DAN_DISABLED;
import static dev.portico.portal.it.ConnectWiseStub.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Portico-managed passwords on a real Payara Micro: {@code portal.passwords.managed=true} with the demo's seeded
 * hashes, in front of a ConnectWise that could check passwords but must never be asked to.
 */
@RunAsClient
class ManagedPasswordsIT extends PortalIT {

    private static final String INVALID = "The e-mail address or password is not correct, or portal access is not "
            + "enabled for you.";
    private static final String SAM = "sam.standard@contoso.example";
    private static final String VALIDATE = API + "/company/contacts/validatePortalCredentials";

    @Deployment(testable = false)
    static WebArchive deployment() {
        Properties demo = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("../deploy/demo-config/portal-managed-passwords.properties"))) {
            demo.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return portalWar("portal.passwords.managed=true",
                "portal.passwords.seed=" + demo.getProperty("portal.passwords.seed"));
    }

    /** findByEmail: the contacts list with the address in the child conditions; a disabled contact is not found. */
    @BeforeEach
    void contactsFoundByEmail() {
        PSA.server().stubFor(get(urlPathEqualTo(API + "/company/contacts")).atPriority(10).willReturn(okJson("[]")));
        PSA.server().stubFor(get(urlPathEqualTo(API + "/company/contacts")).atPriority(5)
                .withQueryParam("childConditions", containing(AVA))
                .willReturn(okJson("[" + contact(11, "Ava", "Admin", AVA, 1) + "]")));
        PSA.server().stubFor(get(urlPathEqualTo(API + "/company/contacts")).atPriority(5)
                .withQueryParam("childConditions", containing(SAM))
                .willReturn(okJson("[" + contact(12, "Sam", "Standard", SAM, 2) + "]")));
        PSA.server().stubFor(get(urlPathEqualTo(API + "/company/contacts/12"))
                .willReturn(okJson(contact(12, "Sam", "Standard", SAM, 2))));
    }

    @Test
    void theSeededPasswordSignsInAndThePsaIsNeverAskedToCheckIt() {
        PortalClient browser = newClient();
        HttpResponse<String> form = browser.get("login.xhtml");

        HttpResponse<String> loggedIn = logIn(browser, form, AVA, PASSWORD, false);
        HttpResponse<String> home = browser.get("home.xhtml");

        assertAll(
                () -> assertTrue(form.body().contains("id=\"login:password\""), "password form offered"),
                () -> assertFalse(form.body().contains("notice-no-passwords"), "no 'not available' notice"),
                () -> assertEquals(302, loggedIn.statusCode()),
                () -> assertTrue(loggedIn.headers().firstValue("Location").orElse("").endsWith("/home.xhtml")),
                () -> assertEquals(200, home.statusCode()),
                () -> assertTrue(home.body().contains("Welcome Ava Admin")));
        PSA.server().verify(0, postRequestedFor(urlPathEqualTo(VALIDATE)));
    }

    @Test
    void aWrongPasswordAnUnknownAddressAndADisabledContactGetTheSameMessage() {
        PortalClient browser = newClient();

        HttpResponse<String> wrong = logIn(browser, browser.get("login.xhtml"), AVA, "not-the-password", false);
        HttpResponse<String> unknown = logIn(browser, browser.get("login.xhtml"), "nobody@contoso.example", PASSWORD,
                false);
        HttpResponse<String> disabled = logIn(browser, browser.get("login.xhtml"), DAN_DISABLED, PASSWORD, false);

        assertAll(
                () -> assertTrue(wrong.body().contains(INVALID), "wrong password"),
                () -> assertTrue(unknown.body().contains(INVALID), "unknown address"),
                () -> assertTrue(disabled.body().contains(INVALID), "disabled contact, seeded with the right hash"),
                () -> assertEquals(302, browser.get("home.xhtml").statusCode(), "still signed out"));
        PSA.server().verify(0, postRequestedFor(urlPathEqualTo(VALIDATE)));
    }

    @Test
    void aPasswordChangeChecksTheCurrentOneAndThePolicyAndRevokesRememberedLogIns() {
        PortalClient browser = newClient();
        logIn(browser, browser.get("login.xhtml"), SAM, PASSWORD, true);
        String token = browser.cookie("JREMEMBERMEID").orElseThrow();
        String fresh = "Tr0mbone-Ferry-Quartz";

        HttpResponse<String> page = browser.get("account.xhtml");
        HttpResponse<String> wrongCurrent = change(browser, "not-the-password", fresh);
        HttpResponse<String> common = change(browser, PASSWORD, "Password1234!");
        HttpResponse<String> tooShort = change(browser, PASSWORD, "kettle-orbi");
        HttpResponse<String> changed = change(browser, PASSWORD, fresh);
        PortalClient otherDevice = newClient();
        otherDevice.addCookie("JREMEMBERMEID", token);
        PortalClient later = newClient();
        HttpResponse<String> oldPassword = logIn(later, later.get("login.xhtml"), SAM, PASSWORD, false);
        HttpResponse<String> newPassword = logIn(later, later.get("login.xhtml"), SAM, fresh, false);

        assertAll(
                () -> assertTrue(page.body().contains("At least 12 characters."), "the managed minimum"),
                () -> assertTrue(wrongCurrent.body().contains("The current password is not correct.")),
                () -> assertTrue(common.body().contains("This password is too common")),
                () -> assertTrue(tooShort.body().contains("The new password is too short.")),
                () -> assertTrue(changed.body().contains("Your password has been changed."), "changed"),
                () -> assertEquals(302, otherDevice.get("home.xhtml").statusCode(), "remembered log-in revoked"),
                () -> assertTrue(oldPassword.body().contains(INVALID), "old password refused"),
                () -> assertEquals(302, newPassword.statusCode(), "new password signs in"));
        PSA.server().verify(0, postRequestedFor(urlPathEqualTo(VALIDATE)));
        PSA.server().verify(0, patchRequestedFor(urlPathMatching(API + "/company/contacts/.*")));
    }

    @Test
    void forgotPasswordAnswersNeutrallyWithoutAskingThePsa() {
        PortalClient browser = newClient();
        String neutral = "If that address belongs to a portal account, an e-mail with a new password is on its way.";

        HttpResponse<String> known = browser.submit(browser.get("forgot-password.xhtml"), "forgot", "forgot:submit",
                Map.of("forgot:email", AVA));
        HttpResponse<String> unknown = browser.submit(browser.get("forgot-password.xhtml"), "forgot", "forgot:submit",
                Map.of("forgot:email", "nobody@nowhere.example"));

        assertTrue(known.body().contains(neutral));
        assertTrue(unknown.body().contains(neutral));
        PSA.server().verify(0, anyRequestedFor(urlPathEqualTo(API + "/company/contacts/requestPassword")));
    }

    private static HttpResponse<String> change(PortalClient browser, String current, String replacement) {
        return browser.submit(browser.get("account.xhtml"), "password", "password:submit",
                Map.of("password:currentPassword", current, "password:newPassword", replacement,
                        "password:confirmPassword", replacement));
    }

    private static HttpResponse<String> logIn(PortalClient browser, HttpResponse<String> form, String email,
            String password, boolean rememberMe) {
        Map<String, String> fields = rememberMe
                ? Map.of("login:email", email, "login:password", password, "login:rememberMe", "on")
                : Map.of("login:email", email, "login:password", password);
        return browser.submit(form, "login", "login:submit", fields);
    }

    private static String contact(long id, String first, String last, String email, int level) {
        return """
                {"id":%d,"firstName":"%s","lastName":"%s",
                 "company":{"id":1,"identifier":"Contoso","name":"Contoso Ltd"},
                 "inactiveFlag":false,"disablePortalLoginFlag":false,"portalSecurityLevel":%d,
                 "communicationItems":[{"id":%d,"type":{"id":1,"name":"Email"},"value":"%s",
                   "defaultFlag":true,"communicationType":"Email"}]}
                """.formatted(id, first, last, level, id, email);
    }
}
