package dev.portico.portal.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.portico.portal.it.ConnectWiseStub.API;
import static dev.portico.portal.it.ConnectWiseStub.AVA;
import static dev.portico.portal.it.ConnectWiseStub.DAN_DISABLED;
import static dev.portico.portal.it.ConnectWiseStub.PASSWORD;
import static dev.portico.portal.it.ConnectWiseStub.PSA_DOWN;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** The shell on a real Payara Micro: branding, log-in and log-out, remember-me, throttling, errors, health. */
@RunAsClient
class PortalShellIT extends PortalIT {

    private static final String INVALID = "The e-mail address or password is not correct, or portal access is not "
            + "enabled for you.";
    private static final String HTML_LANG_EN = "(?s).*<html[^>]*\\slang=\"en\".*";
    private static final String HTML_LANG_DE = "(?s).*<html[^>]*\\slang=\"de\".*";
    private static final String UNREACHABLE = "We cannot check your log-in right now because our service desk "
            + "system is not reachable.";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return portalWar()
                .addClass(PsaProbe.class)
                .addClass(FailingProbe.class)
                .addAsWebResource(PortalShellIT.class.getResource("/it/psa-probe.xhtml"), "it/psa-probe.xhtml")
                .addAsWebResource(PortalShellIT.class.getResource("/it/failing-probe.xhtml"), "it/failing-probe.xhtml");
    }

    @Test
    void logInPageIsBrandedLabelledAndSentWithSecurityHeaders() {
        PortalClient browser = newClient();

        HttpResponse<String> page = browser.get("login.xhtml");
        HttpResponse<String> css = browser.get("branding/brand.css");

        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        String session = PortalClient.setCookie(page, "JSESSIONID").orElse("").toLowerCase(Locale.ROOT);
        assertAll(
                () -> assertEquals(200, page.statusCode()),
                () -> assertTrue(page.body().contains(BRAND), "brand name"),
                () -> assertTrue(page.body().contains("<label id=\"login:email_label\"")
                        || page.body().contains("for=\"login:email\""), "e-mail label"),
                () -> assertTrue(page.body().contains("id=\"login:password\""), "password input"),
                () -> assertTrue(page.body().contains("<label for=\"login:rememberMe\""), "remember-me label"),
                () -> assertTrue(page.body().contains("id=\"login:forgot-password\""), "forgot-password link"),
                () -> assertTrue(page.body().contains("branding/brand.css?v="), "brand stylesheet"),
                () -> assertFalse(page.body().contains("style=\""), "no inline styles"),
                () -> assertTrue(csp.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=]+';?$"), csp),
                () -> assertTrue(csp.contains("frame-ancestors 'self'"), csp),
                () -> assertTrue(csp.contains("object-src 'none'"), csp),
                () -> assertEquals(1, page.headers().allValues("Content-Security-Policy").size(), "one policy"),
                () -> assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse("")),
                () -> assertEquals("strict-origin-when-cross-origin", page.headers().firstValue("Referrer-Policy").orElse("")),
                () -> assertTrue(page.headers().firstValue("Permissions-Policy").isPresent()),
                () -> assertTrue(session.contains("httponly"), session),
                () -> assertTrue(session.contains("samesite=lax"), session),
                () -> assertEquals(200, css.statusCode()),
                () -> assertTrue(css.body().contains("--portal-primary: " + PRIMARY + ";"), css.body()));
    }

    @Test
    void theLanguageFollowsTheBrowserUntilTheUserChoosesOne() {
        HttpResponse<String> english = newClient().get("login.xhtml");
        PortalClient browser = newClient();
        HttpResponse<String> german = browser.get("login.xhtml", "Accept-Language", "de-DE,de;q=0.9,en;q=0.8");
        HttpResponse<String> choose = browser.get("login.xhtml?lang=en");
        HttpResponse<String> chosen = browser.get("login.xhtml", "Accept-Language", "de-DE");
        String cookie = PortalClient.setCookie(choose, "portal-lang").orElse("");
        assertAll(
                () -> assertTrue(english.body().matches(HTML_LANG_EN), "no Accept-Language: English"),
                () -> assertTrue(english.body().contains("Remember me"), "English texts"),
                () -> assertTrue(english.body().contains("id=\"language-de\""), "a link to German"),
                () -> assertTrue(german.body().matches(HTML_LANG_DE), "German for a German browser"),
                () -> assertTrue(german.body().contains("Angemeldet bleiben"), "German texts"),
                () -> assertTrue(german.body().contains("hreflang=\"en\""), "a link to English"),
                () -> assertEquals(302, choose.statusCode()),
                () -> assertTrue(choose.headers().firstValue("Location").orElse("").endsWith("login.xhtml"),
                        choose.headers().toString()),
                () -> assertTrue(cookie.contains("Max-Age=31536000") && cookie.contains("HttpOnly"), cookie),
                () -> assertTrue(chosen.body().matches(HTML_LANG_EN), "the choice beats the browser"));
    }

    @Test
    void aProtectedPageSendsASignedOutUserToTheLogInPageAndBackAfterwards() {
        PortalClient browser = newClient();

        HttpResponse<String> account = browser.get("account.xhtml");
        HttpResponse<String> loggedIn = logIn(browser, browser.get("login.xhtml"), AVA, PASSWORD, false);

        assertEquals(302, account.statusCode());
        assertTrue(account.headers().firstValue("Location").orElse("").endsWith(portal().getPath() + "login.xhtml"),
                account.headers().toString());
        assertEquals("nosniff", account.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(loggedIn.headers().firstValue("Location").orElse("").endsWith(portal().getPath() + "account.xhtml"),
                loggedIn.headers().toString());
    }

    @Test
    void theRightPasswordOpensTheBrandedHomePageInANewSession() {
        PortalClient browser = newClient();
        HttpResponse<String> form = browser.get("login.xhtml");
        String anonymousSession = browser.cookie("JSESSIONID").orElseThrow();

        HttpResponse<String> loggedIn = logIn(browser, form, AVA, PASSWORD, false);
        HttpResponse<String> home = browser.get("home.xhtml");
        HttpResponse<String> account = browser.get("account.xhtml");

        assertAll(
                () -> assertEquals(302, loggedIn.statusCode()),
                () -> assertTrue(loggedIn.headers().firstValue("Location").orElse("").endsWith("/home.xhtml")),
                () -> assertNotEquals(anonymousSession, browser.cookie("JSESSIONID").orElseThrow(), "new session id"),
                () -> assertEquals(200, home.statusCode()),
                () -> assertTrue(home.body().matches("(?s).*id=\"welcome\"[^>]*>\\s*Welcome Ava Admin\\s*</h1>.*"),
                        "welcome heading"),
                () -> assertTrue(home.body().contains("<span id=\"user-name\" class=\"portal-user__name\">Ava Admin</span>")),
                () -> assertTrue(home.body().contains("id=\"my-account\"")),
                () -> assertTrue(home.body().contains("id=\"logout\"")),
                () -> assertTrue(home.body().contains("id=\"menu-home\"")),
                () -> assertTrue(home.body().matches("(?s).*<button type=\"button\" id=\"menu-tickets-toggle\"[^>]*"
                        + "aria-expanded=\"false\" aria-controls=\"menu-tickets-submenu\">.*"), "tickets drop-down"),
                () -> assertTrue(home.body().matches("(?s).*id=\"menu-tickets-mine\" href=\"[^\"]*/tickets/list\\.xhtml"
                        + "\\?view=mine\".*"), "My Tickets in the menu"),
                () -> assertTrue(home.body().contains("id=\"menu-tickets-search\"")),
                () -> assertTrue(home.body().matches("(?s).*<script [^>]*src=\"[^\"]*menu\\.js[^\"]*\".*"), "menu script"),
                () -> assertTrue(home.body().contains("Welcome to our customer support portal."), "welcome text"),
                () -> assertTrue(home.body().contains("href=\"tel:+15550100\""), "helpdesk phone"),
                () -> assertTrue(account.body().contains("<dd id=\"account-company\">Contoso Ltd</dd>")),
                () -> assertTrue(account.body().contains("<dd id=\"account-security-level\">Company Administrator</dd>")));
        PSA.server().verify(postRequestedFor(urlPathEqualTo(API + "/company/contacts/validatePortalCredentials"))
                .withHeader("clientId", matching("[0-9a-f-]{36}"))
                .withHeader("Authorization", matching("Basic .+"))
                .withRequestBody(matchingJsonPath("$.email", equalTo(AVA))));
        // the session keeps the account: pages after log-in cost no further PSA calls for it
        PSA.server().verify(1, getRequestedFor(urlPathEqualTo(API + "/company/contacts/11")));
    }

    @Test
    void changingThePasswordNeedsTheNewOneTwiceAndRevokesRememberedLogIns() {
        PSA.server().stubFor(patch(urlPathEqualTo(API + "/company/contacts/11"))
                .willReturn(okJson("{\"id\":11}")));
        PortalClient browser = newClient();
        logIn(browser, browser.get("login.xhtml"), AVA, PASSWORD, true);
        String token = browser.cookie("JREMEMBERMEID").orElseThrow();

        HttpResponse<String> mismatch = browser.submit(browser.get("account.xhtml"), "password", "password:submit",
                Map.of("password:currentPassword", PASSWORD, "password:newPassword", "correct-horse-1",
                        "password:confirmPassword", "correct-horse-2"));
        HttpResponse<String> tooShort = browser.submit(browser.get("account.xhtml"), "password", "password:submit",
                Map.of("password:currentPassword", PASSWORD, "password:newPassword", "short",
                        "password:confirmPassword", "short"));
        HttpResponse<String> changed = browser.submit(browser.get("account.xhtml"), "password", "password:submit",
                Map.of("password:currentPassword", PASSWORD, "password:newPassword", "correct-horse-1",
                        "password:confirmPassword", "correct-horse-1"));
        PortalClient otherDevice = newClient();
        otherDevice.addCookie("JREMEMBERMEID", token);

        assertAll(
                () -> assertTrue(mismatch.body().contains("The two new passwords are not the same.")),
                () -> assertTrue(tooShort.body().contains("The new password is too short.")),
                () -> assertTrue(changed.body().contains("Your password has been changed."), "changed"),
                () -> assertEquals(302, otherDevice.get("home.xhtml").statusCode(), "remembered log-in revoked"));
        PSA.server().verify(1, patchRequestedFor(urlPathEqualTo(API + "/company/contacts/11"))
                .withRequestBody(matchingJsonPath("$[0].path", equalTo("portalPassword")))
                .withRequestBody(matchingJsonPath("$[0].value", equalTo("correct-horse-1"))));
    }

    @Test
    void aWrongPasswordAndADisabledContactGetTheSameClearMessage() {
        PortalClient browser = newClient();

        HttpResponse<String> wrong = logIn(browser, browser.get("login.xhtml"), AVA, "not-the-password", false);
        HttpResponse<String> disabled = logIn(browser, browser.get("login.xhtml"), DAN_DISABLED, PASSWORD, false);

        assertAll(
                () -> assertEquals(200, wrong.statusCode()),
                () -> assertTrue(wrong.body().contains(INVALID), "wrong password"),
                () -> assertEquals(200, disabled.statusCode()),
                () -> assertTrue(disabled.body().contains(INVALID), "disabled contact"),
                () -> assertEquals(302, browser.get("home.xhtml").statusCode(), "still signed out"));
    }

    @Test
    void rememberMeSignsInWithoutASessionUntilLogOutRevokesIt() {
        PortalClient browser = newClient();
        HttpResponse<String> loggedIn = logIn(browser, browser.get("login.xhtml"), AVA, PASSWORD, true);
        String cookie = PortalClient.setCookie(loggedIn, "JREMEMBERMEID").orElseThrow();
        String token = browser.cookie("JREMEMBERMEID").orElseThrow();

        PortalClient restarted = newClient();
        restarted.addCookie("JREMEMBERMEID", token);
        HttpResponse<String> homeAfterRestart = restarted.get("home.xhtml");

        HttpResponse<String> home = browser.get("home.xhtml");
        HttpResponse<String> loggedOut = browser.submit(home, "logout-form", "logout", Map.of());

        PortalClient thief = newClient();
        thief.addCookie("JREMEMBERMEID", token);
        HttpResponse<String> homeAfterLogOut = thief.get("home.xhtml");

        assertAll(
                () -> assertTrue(cookie.contains("HttpOnly"), cookie),
                () -> assertTrue(cookie.contains("SameSite=Lax"), cookie),
                () -> assertTrue(cookie.contains("Max-Age=1209600"), cookie),
                () -> assertEquals(200, homeAfterRestart.statusCode()),
                () -> assertTrue(homeAfterRestart.body().contains("Welcome Ava Admin")),
                () -> assertEquals(302, loggedOut.statusCode()),
                () -> assertTrue(loggedOut.headers().firstValue("Location").orElse("").endsWith("login.xhtml?loggedOut=true")),
                () -> assertTrue(PortalClient.setCookie(loggedOut, "JREMEMBERMEID").orElse("").contains("Max-Age=0"),
                        "cookie deleted"),
                () -> assertEquals(302, browser.get("home.xhtml").statusCode(), "session invalidated"),
                () -> assertEquals(302, homeAfterLogOut.statusCode(), "token revoked"));
    }

    @Test
    void fiveFailedLogInsForOneAccountRefuseFurtherAttemptsWithoutAskingThePsa() {
        PortalClient browser = newClient();
        String email = "olly.own@contoso.example";
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> failed = logIn(browser, browser.get("login.xhtml"), email, "guess-" + attempt, false);
            assertTrue(failed.body().contains(INVALID), "attempt " + attempt);
        }

        HttpResponse<String> sixth = logIn(browser, browser.get("login.xhtml"), email, PASSWORD, false);

        assertTrue(sixth.body().contains("Too many attempts, try again in 15 minutes."), "throttled");
        PSA.server().verify(5, postRequestedFor(urlPathEqualTo(API + "/company/contacts/validatePortalCredentials"))
                .withRequestBody(matchingJsonPath("$.email", equalTo(email))));
    }

    @Test
    void aPsaThatCannotBeReachedIsReportedAsSuchAtLogIn() {
        PortalClient browser = newClient();

        HttpResponse<String> answer = logIn(browser, browser.get("login.xhtml"), PSA_DOWN, PASSWORD, false);

        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains(UNREACHABLE));
        assertFalse(answer.body().contains(INVALID));
    }

    @Test
    void forgotPasswordAnswersTheSameWhetherTheAddressIsKnownOrNot() {
        PortalClient browser = newClient();
        String neutral = "If that address belongs to a portal account, an e-mail with a new password is on its way.";

        HttpResponse<String> known = browser.submit(browser.get("forgot-password.xhtml"), "forgot", "forgot:submit",
                Map.of("forgot:email", AVA));
        HttpResponse<String> unknown = browser.submit(browser.get("forgot-password.xhtml"), "forgot", "forgot:submit",
                Map.of("forgot:email", "nobody@nowhere.example"));

        assertTrue(known.body().contains(neutral));
        assertTrue(unknown.body().contains(neutral));
        PSA.server().verify(postRequestedFor(urlPathEqualTo(API + "/company/contacts/requestPassword"))
                .withRequestBody(matchingJsonPath("$.email", equalTo(AVA))));
    }

    @Test
    void readinessFollowsThePsa() {
        PortalClient monitor = new PortalClient(server());

        HttpResponse<String> up = monitor.get("health/ready");
        PSA.server().stubFor(get(urlPathEqualTo(API + "/service/priorities")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        HttpResponse<String> down = monitor.get("health/ready");

        assertAll(
                () -> assertEquals(200, up.statusCode()),
                () -> assertTrue(up.body().contains("{\"name\":\"psa\",\"status\":\"UP\""), up.body()),
                () -> assertEquals(503, down.statusCode()),
                () -> assertTrue(down.body().contains("{\"name\":\"psa\",\"status\":\"DOWN\""), down.body()));
    }

    @Test
    void anUnknownPageShowsTheNotFoundPageWithoutTechnicalDetails() {
        PortalClient browser = newClient();
        logIn(browser, browser.get("login.xhtml"), AVA, PASSWORD, false);

        HttpResponse<String> missing = browser.get("no-such-page.xhtml");

        assertAll(
                () -> assertEquals(404, missing.statusCode()),
                () -> assertTrue(missing.body().contains("We could not find that page")),
                () -> assertTrue(missing.body().contains(BRAND)),
                () -> assertFalse(missing.body().contains("Caused by"), missing.body()),
                () -> assertFalse(missing.body().matches("(?s).*\\bat [a-z]+\\.[a-z.]+\\(.*"), "stack frame"),
                () -> assertFalse(missing.body().contains(".java:"), missing.body()),
                () -> assertFalse(missing.body().contains("Payara"), missing.body()));
    }

    @Test
    void aPsaOutageDuringAnAjaxSubmitKeepsThePageAndWhatWasTyped() {
        PSA.server().stubFor(get(urlPathEqualTo(API + "/company/contacts/999")).willReturn(aResponse().withStatus(503)));
        PortalClient browser = newClient();
        logIn(browser, browser.get("login.xhtml"), AVA, PASSWORD, false);
        HttpResponse<String> page = browser.get("it/psa-probe.xhtml");

        HttpResponse<String> ajax = browser.submitAjax(page, "probe", "probe:save", "probe", "probe",
                Map.of("probe:note", "printer on fire"));

        assertAll(
                () -> assertEquals(200, ajax.statusCode()),
                () -> assertTrue(ajax.body().startsWith("<?xml"), ajax.body()),
                () -> assertTrue(ajax.body().contains("<update id=\"messages\">"), ajax.body()),
                () -> assertTrue(ajax.body().contains("Our service desk system is not reachable right now"), ajax.body()),
                () -> assertTrue(ajax.body().contains("value=\"printer on fire\""), "input kept"),
                () -> assertFalse(ajax.body().contains("<redirect"), ajax.body()));
    }

    @Test
    void anExpiredPageIsReloadedWithANotice() {
        PortalClient browser = newClient();
        browser.get("login.xhtml");

        HttpResponse<String> expired = browser.post(portal().getPath() + "login.xhtml", Map.of(
                "login", "login", "login:email", AVA, "login:password", PASSWORD, "login:submit", "",
                "jakarta.faces.ViewState", "-1234567890:987654321"));
        HttpResponse<String> reloaded = browser.get("login.xhtml?expired=true");

        assertEquals(302, expired.statusCode());
        assertTrue(expired.headers().firstValue("Location").orElse("").endsWith("login.xhtml?expired=true"));
        assertTrue(reloaded.body().contains("Your session expired. Please log in again."));
    }

    @Test
    void everyPageCarriesTheSlowServiceNoticeAsALiveRegionAndTheScriptThatShowsIt() {
        PortalClient browser = newClient();

        HttpResponse<String> login = browser.get("login.xhtml");
        logIn(browser, login, AVA, PASSWORD, false);
        HttpResponse<String> home = browser.get("home.xhtml");
        HttpResponse<String> script = browser.get("jakarta.faces.resource/js/busy.js.xhtml?ln=portal");

        for (HttpResponse<String> page : List.of(login, home)) {
            assertAll(page.uri().toString(),
                    () -> assertTrue(page.body().contains("<div id=\"portal-slow\" class=\"portal-slow\" role=\"status\" "
                            + "aria-live=\"polite\">"), "live region"),
                    () -> assertTrue(page.body().matches("(?s).*<span id=\"portal-slow-text\"[^>]*hidden=\"hidden\">.*"),
                            "hidden until a request is slow"),
                    () -> assertTrue(page.body().contains("Our service desk system is answering slowly. Still working on it"),
                            "the text"),
                    () -> assertTrue(page.body().matches("(?s).*<script [^>]*src=\"[^\"]*busy\\.js[^\"]*\".*"), "script"));
        }
        assertAll(
                () -> assertEquals(200, script.statusCode()),
                () -> assertTrue(script.body().contains("SLOW_AFTER_MS = 2000"), "after two seconds"),
                () -> assertTrue(script.body().contains("pfAjaxSend") && script.body().contains("setButtonsDisabled(true)"),
                        "buttons disabled while an Ajax request runs"),
                () -> assertTrue(home.body().contains("PortalBusy.watch()"), "Home's figures request shows it too"));
    }

    @Test
    void aFailingPageShowsTheGeneralErrorPageWithItsReference() {
        PortalClient browser = newClient();
        logIn(browser, browser.get("login.xhtml"), AVA, PASSWORD, false);

        HttpResponse<String> failed = browser.get("it/failing-probe.xhtml");

        assertAll(
                () -> assertEquals(500, failed.statusCode()),
                () -> assertTrue(failed.body().contains("Something went wrong"), failed.body()),
                () -> assertTrue(failed.body().matches("(?s).*quote reference [0-9A-F]{8}\\..*"), failed.body()),
                () -> assertTrue(failed.body().contains("id=\"error-home\""), "the page is complete"),
                () -> assertTrue(failed.body().contains("</html>"), "the page is complete"),
                () -> assertFalse(failed.body().contains("IllegalStateException"), failed.body()));
    }

    @Test
    void aFormPostWithoutThePagesNonceIsRefusedBeforeItsActionRuns() {
        PortalClient browser = newClient();
        logIn(browser, browser.get("login.xhtml"), AVA, PASSWORD, false);
        HttpResponse<String> page = browser.get("it/psa-probe.xhtml");

        HttpResponse<String> ajax = browser.submitAjax(page, "probe", "probe:save", "probe", "probe",
                Map.of("probe:note", "no nonce"), false);
        Map<String, String> plain = new java.util.LinkedHashMap<>();
        plain.put("probe", "probe");
        plain.put("probe:note", "no nonce");
        plain.put("probe:save", "");
        plain.put("jakarta.faces.ViewState", viewState(browser.get("it/psa-probe.xhtml")));
        HttpResponse<String> post = browser.post(portal().getPath() + "it/psa-probe.xhtml", plain);

        assertAll(
                () -> assertEquals(400, ajax.statusCode(), ajax.body()),
                () -> assertTrue(ajax.body().contains("<partial-response><error>"), ajax.body()),
                () -> assertTrue(ajax.body().contains("This request was refused"), ajax.body()),
                () -> assertEquals(400, post.statusCode(), post.body()),
                () -> assertTrue(post.body().contains("This request was refused"), post.body()),
                () -> assertTrue(post.body().contains("Reload the page"), post.body()));
        // PsaProbe.save asks the PSA for contact 999: the action never ran
        PSA.server().verify(0, getRequestedFor(urlPathEqualTo(API + "/company/contacts/999")));
    }

    @Test
    void noAnswerNamesTheServer() {
        PortalClient browser = newClient();

        HttpResponse<String> login = browser.get("login.xhtml");
        HttpResponse<String> missing = browser.get("no-such-page.xhtml");
        HttpResponse<String> css = browser.get("branding/brand.css");

        for (HttpResponse<String> answer : List.of(login, missing, css)) {
            assertAll(answer.uri().toString(),
                    () -> assertTrue(answer.headers().firstValue("Server").isEmpty(),
                            answer.headers().firstValue("Server").orElse("")),
                    () -> assertTrue(answer.headers().firstValue("X-Powered-By").isEmpty(),
                            answer.headers().firstValue("X-Powered-By").orElse("")));
        }
    }

    @Test
    void redirectsNeverFollowAForgedHostHeader() {
        String forged = "evil.example";
        String path = portal().getPath();

        // the log-in mechanism's redirect of a signed-out user
        Map<String, String> protectedPage = newClient().raw("GET", path + "account.xhtml", forged, null);
        // a Faces redirect: a post of an expired view is sent back to the page
        Map<String, String> expired = newClient().raw("POST", path + "login.xhtml", forged,
                "login=login&login%3Aemail=x&login%3Apassword=y&login%3Asubmit=&jakarta.faces.ViewState=-1%3A2");

        assertAll(
                () -> assertTrue(protectedPage.get(":status").contains(" 302"), protectedPage.toString()),
                () -> assertTrue(protectedPage.get("location").endsWith(path + "login.xhtml"), protectedPage.toString()),
                () -> assertFalse(protectedPage.get("location").contains(forged), protectedPage.toString()),
                () -> assertTrue(expired.get(":status").contains(" 302"), expired.toString()),
                () -> assertTrue(expired.get("location").endsWith("login.xhtml?expired=true"), expired.toString()),
                () -> assertFalse(expired.get("location").contains(forged), expired.toString()));
    }

    private static String viewState(HttpResponse<String> page) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(matcher.find(), "no view state");
        return matcher.group(1);
    }

    private static HttpResponse<String> logIn(PortalClient browser, HttpResponse<String> form, String email,
            String password, boolean rememberMe) {
        Map<String, String> fields = rememberMe
                ? Map.of("login:email", email, "login:password", password, "login:rememberMe", "on")
                : Map.of("login:email", email, "login:password", password);
        return browser.submit(form, "login", "login:submit", fields);
    }
}
