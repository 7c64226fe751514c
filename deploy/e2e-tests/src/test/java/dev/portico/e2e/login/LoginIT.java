package dev.portico.e2e.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.e2e.support.Browser;
import dev.portico.e2e.support.DemoServer;
import dev.portico.e2e.support.DemoServerExtension;
import dev.portico.e2e.support.LoginPage;
import java.util.Date;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

@ExtendWith(DemoServerExtension.class)
class LoginIT {

    private static final String WRONG_CREDENTIALS = "The e-mail address or password is not correct";

    @ParameterizedTest(name = "{0} logs in and sees the branded home page")
    @CsvSource({
        "ava.admin@contoso.example, Ava",
        "sam.standard@contoso.example, Sam",
        "olly.own@contoso.example, Olly",
        "fay.admin@fabrikam.example, Fay"})
    void eachDemoUserLogsIn(String email, String firstName, DemoServer server) {
        try (Browser browser = Browser.open(server)) {
            LoginPage login = LoginPage.open(browser);
            String welcome = login.logInAs(email);
            assertTrue(welcome.startsWith("Welcome " + firstName), welcome);
            assertTrue(login.userName().startsWith(firstName), login.userName());
            assertEquals("/home.xhtml", browser.currentPath());
        }
    }

    @Test
    void wrongPasswordGetsAClearMessage(DemoServer server) {
        try (Browser browser = Browser.open(server)) {
            LoginPage login = LoginPage.open(browser).submit("sam.standard@contoso.example", "not-the-password", false);
            assertTrue(login.messages().contains(WRONG_CREDENTIALS), login.messages());
            assertEquals("/login.xhtml", browser.currentPath());
        }
    }

    @Test
    void disabledContactGetsTheSameMessageAsAWrongPassword(DemoServer server) {
        try (Browser browser = Browser.open(server)) {
            LoginPage login = LoginPage.open(browser)
                    .submit("dan.disabled@contoso.example", LoginPage.DEMO_PASSWORD, false);
            assertTrue(login.messages().contains(WRONG_CREDENTIALS), login.messages());
        }
    }

    @Test
    void logOutEndsTheSession(DemoServer server) {
        try (Browser browser = Browser.open(server)) {
            LoginPage login = LoginPage.open(browser);
            login.logInAs("ava.admin@contoso.example");
            login.logOut();
            browser.go("/home.xhtml");
            browser.find(By.id("login:email"));
            assertEquals("/login.xhtml", browser.currentPath());
        }
    }

    @Test
    void protectedPageRedirectsToLogInWhenLoggedOut(DemoServer server) {
        try (Browser browser = Browser.open(server)) {
            browser.go("/home.xhtml");
            browser.find(By.id("login:email"));
            assertEquals("/login.xhtml", browser.currentPath());
        }
    }

    @Test
    void rememberMeSurvivesABrowserRestart(DemoServer server) {
        Set<Cookie> persistent;
        try (Browser browser = Browser.open(server)) {
            LoginPage.open(browser).submit("sam.standard@contoso.example", LoginPage.DEMO_PASSWORD, true).welcomeText();
            persistent = browser.driver().manage().getCookies().stream()
                    .filter(cookie -> cookie.getExpiry() != null && cookie.getExpiry().after(new Date()))
                    .collect(Collectors.toSet());
        }
        assertFalse(persistent.isEmpty(), "Remember Me must leave a persistent cookie");

        // A restarted browser keeps persistent cookies and drops session cookies.
        try (Browser restarted = Browser.open(server)) {
            restarted.go("/login.xhtml");
            persistent.forEach(cookie -> restarted.driver().manage().addCookie(cookie));
            restarted.go("/home.xhtml");
            assertTrue(new LoginPage(restarted).welcomeText().startsWith("Welcome Sam"));
        }
    }

    @Test
    void withoutRememberMeARestartedBrowserMustLogInAgain(DemoServer server) {
        Set<Cookie> persistent;
        try (Browser browser = Browser.open(server)) {
            LoginPage.open(browser).logInAs("olly.own@contoso.example");
            persistent = browser.driver().manage().getCookies().stream()
                    .filter(cookie -> cookie.getExpiry() != null)
                    .collect(Collectors.toSet());
        }
        try (Browser restarted = Browser.open(server)) {
            restarted.go("/login.xhtml");
            persistent.forEach(cookie -> restarted.driver().manage().addCookie(cookie));
            restarted.go("/home.xhtml");
            restarted.find(By.id("login:email"));
            assertEquals("/login.xhtml", restarted.currentPath());
        }
    }

    @Test
    void repeatedFailuresForOneAccountAreThrottled(DemoServer server) {
        String email = "throttle.probe@contoso.example";
        try (Browser browser = Browser.open(server)) {
            LoginPage login = LoginPage.open(browser);
            for (int attempt = 1; attempt <= 5; attempt++) {
                login.submit(email, "wrong-" + attempt, false);
                assertTrue(login.messages().contains(WRONG_CREDENTIALS), login.messages());
            }
            login.submit(email, "wrong-6", false);
            assertTrue(login.messages().contains("Too many attempts"), login.messages());
        }
    }
}
