package dev.portico.e2e.support;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The log-in page as a customer uses it. */
public final class LoginPage {

    public static final String DEMO_PASSWORD = "portico-demo";

    static final By EMAIL = By.id("login:email");
    static final By PASSWORD = By.id("login:password");
    static final By REMEMBER_ME = By.id("login:rememberMe");
    static final By SUBMIT = By.id("login:submit");
    static final By MESSAGES = By.id("messages");
    static final By USER_NAME = By.id("user-name");
    static final By WELCOME = By.id("welcome");
    static final By LOGOUT = By.id("logout");

    private final Browser browser;

    public LoginPage(Browser browser) {
        this.browser = browser;
    }

    public static LoginPage open(Browser browser) {
        browser.go("/login.xhtml");
        return new LoginPage(browser);
    }

    public LoginPage submit(String email, String password, boolean rememberMe) {
        browser.type(EMAIL, email).type(PASSWORD, password);
        if (rememberMe) {
            WebElement box = browser.find(REMEMBER_ME);
            if ("input".equals(box.getTagName())) {
                box.click();
            } else {
                box.findElement(By.cssSelector(".ui-chkbox-box")).click();
            }
        }
        browser.click(SUBMIT);
        return this;
    }

    /** Logs in and waits for the home page's welcome. */
    public String logInAs(String email) {
        submit(email, DEMO_PASSWORD, false);
        return welcomeText();
    }

    public String welcomeText() {
        return browser.find(WELCOME).getText();
    }

    public String userName() {
        return browser.find(USER_NAME).getText();
    }

    public String messages() {
        return browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(MESSAGES)).getText();
    }

    public void logOut() {
        browser.click(LOGOUT);
        browser.find(EMAIL);
    }
}
