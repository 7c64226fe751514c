package dev.portico.e2e.ticket;

import dev.portico.e2e.support.Browser;
import dev.portico.e2e.support.LoginPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The ticket pages as a customer uses them: the list, the ticket page and the new-ticket form. */
final class TicketUi {

    static final By TOTAL = By.id("ticket-total");
    static final By MESSAGES = By.id("messages");
    static final By TICKET_NUMBER = By.id("ticket-number");
    static final By TICKET_STATUS = By.id("ticket-status");
    static final By TIMELINE = By.id("timeline");
    static final By NOT_FOUND = By.id("error-heading");

    private final Browser browser;

    TicketUi(Browser browser) {
        this.browser = browser;
    }

    static TicketUi logIn(Browser browser, String email) {
        LoginPage.open(browser).logInAs(email);
        return new TicketUi(browser);
    }

    TicketUi list(String query) {
        browser.go("/tickets/list.xhtml" + query);
        browser.find(TOTAL);
        return this;
    }

    String total() {
        return browser.find(TOTAL).getText();
    }

    /**
     * The ticket ids on the current page of the list, in order (Summary and List View alike), from the links: the
     * number shown is the PSA's (ConnectWise: the id; Autotask: {@code T20240101.0001}).
     */
    List<Long> listedIds() {
        return browser.driver().findElements(By.cssSelector("#tickets .ticket-card__number, #tickets .tickets-number"))
                .stream().map(link -> idIn(link.getAttribute("href"))).toList();
    }

    /** The ticket numbers shown on the current page of the list, in order. */
    List<String> listedNumbers() {
        return browser.driver().findElements(By.cssSelector("#tickets .ticket-card__number, #tickets .tickets-number"))
                .stream().map(link -> link.getText().replace("#", "").strip()).toList();
    }

    static long idIn(String url) {
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("[?&]id=(\\d+)").matcher(url);
        if (!id.find()) {
            throw new AssertionError("no ticket id in " + url);
        }
        return Long.parseLong(id.group(1));
    }

    void showSummary() {
        if (browser.driver().findElements(By.id("tickets:summary")).isEmpty()) {
            browser.click(By.id("tickets:mode-summary"));
            browser.find(By.id("tickets:summary"));
        }
    }

    void showList() {
        if (browser.driver().findElements(By.id("tickets:table")).isEmpty()) {
            browser.click(By.id("tickets:mode-list"));
            browser.find(By.id("tickets:table"));
        }
    }

    TicketUi open(long ticketId) {
        browser.go("/tickets/ticket.xhtml?id=" + ticketId);
        return this;
    }

    /** The id of the ticket page shown, from its address. */
    long shownTicketId() {
        browser.find(TICKET_NUMBER);
        return idIn(browser.driver().getCurrentUrl());
    }

    /** The ticket number the page shows, without its {@code #}. */
    String shownNumber() {
        return browser.find(TICKET_NUMBER).getText().replace("#", "").strip();
    }

    String timeline() {
        return browser.find(TIMELINE).getText();
    }

    /** Waits until the global messages say {@code text}. */
    String messageContaining(String text) {
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(MESSAGES, text));
        return browser.find(MESSAGES).getText();
    }

    /** Opens a PrimeFaces select and waits until its panel has finished fading in. */
    private void open(String selectId) {
        browser.click(By.id(selectId));
        By panel = By.id(selectId + "_panel");
        browser.waitUntil(d -> {
            WebElement shown = d.findElement(panel);
            return shown.isDisplayed() && "1".equals(shown.getCssValue("opacity"));
        });
    }

    /** Picks an entry of a PrimeFaces select by its label. */
    void select(String id, String label) {
        open(id);
        browser.click(By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id(id + "_label"), label));
    }

    /** Picks the entry of a PrimeFaces select whose label starts with {@code prefix}. */
    void selectStartingWith(String id, String prefix) {
        open(id);
        browser.click(By.cssSelector("[id='" + id + "_items'] li[data-label^='" + prefix + "']"));
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id(id + "_label"), prefix));
    }

    /** Picks the first real entry of a PrimeFaces select and answers its label. */
    String selectFirst(String id) {
        open(id);
        WebElement item = browser.find(By.cssSelector("[id='" + id + "_items'] li.ui-selectonemenu-item:not(.ui-noselection-option)"));
        String label = item.getAttribute("data-label");
        item.click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id(id + "_label"), label));
        return label;
    }

    void radio(String groupId, int index) {
        browser.click(By.cssSelector("label[for='" + groupId + ":" + index + "']"));
    }

    /**
     * Fills and saves the new-ticket form at step 2 (opened with {@code ?site=&type=}) and answers the new
     * ticket's id, read from the ticket page it opens.
     */
    long createTicket(String type, String title) {
        browser.go("/tickets/new.xhtml?site=1001&type=" + type);
        fillDetails(type, title);
        return save("save-view-bottom");
    }

    /** Saves the filled form with one of its buttons and answers the new ticket's id from the page it opens. */
    long save(String button) {
        browser.click(By.id("ticket-form:" + button));
        browser.waitUntil(ExpectedConditions.urlContains("/tickets/ticket.xhtml?id="));
        return shownTicketId();
    }

    /** Chooses a file in the PrimeFaces upload of a form and waits until it is staged. */
    void upload(String formId, Path file) {
        browser.driver().findElement(By.cssSelector("[id='" + formId + ":upload'] input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
        browser.find(By.id(formId + ":files:0:name"));
    }

    void fillDetails(String type, String title) {
        browser.type(By.id("ticket-form:summary"), title);
        browser.type(By.id("ticket-form:description"), "Created by the end-to-end tests: " + title);
        if (!type.equals("query")) {
            // urgency and impact only where the PSA has them (PsaCapabilities.urgencyAndImpact; Autotask: none)
            if (!browser.driver().findElements(By.id("ticket-form:urgency")).isEmpty()) {
                radio("ticket-form:urgency", 1);
                radio("ticket-form:impact", 0);
            }
            selectFirst("ticket-form:ci");
        }
        browser.type(By.id("ticket-form:reference"), "E2E-" + type);
        if (type.equals("change-request")) {
            WebElement due = browser.find(By.id("ticket-form:due_input"));
            due.sendKeys("2031-01-15");
            due.sendKeys(Keys.ESCAPE);
        }
    }

    /** GETs a portal URL with this browser's session and answers the HTTP status. */
    int statusOf(String path) {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        URI uri = URI.create(browser.driver().getCurrentUrl()).resolve(path);
        HttpRequest request = HttpRequest.newBuilder(uri).header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GETs a portal URL with this browser's session and answers the body. */
    String bodyOf(String url) {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + session.getValue())
                .GET().build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** True when the page is no wider than the window (nothing scrolls sideways on a phone). */
    boolean fitsTheWindow() {
        Object fits = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth + 1;");
        return Boolean.TRUE.equals(fits);
    }
}
