package dev.portico.e2e.home;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.e2e.support.Browser;
import dev.portico.e2e.support.LoginPage;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The Home dashboard as a customer sees it: its figures, the links behind them, the site filter and search. */
final class HomePage {

    static final By STAT_OPEN = By.cssSelector("#stat-open .home-stat__value");

    /** A number on Home and the ticket list it opens. */
    record Figure(String name, long value, String href) {
    }

    private final Browser browser;

    HomePage(Browser browser) {
        this.browser = browser;
    }

    static HomePage logIn(Browser browser, String email) {
        LoginPage.open(browser).logInAs(email);
        return new HomePage(browser).ready();
    }

    HomePage reload() {
        browser.go("/home.xhtml");
        return ready();
    }

    HomePage ready() {
        browser.find(STAT_OPEN);
        return this;
    }

    /** Every figure that drills into the ticket list: statistics, the grid's count, alerts, slices and months. */
    Map<String, Figure> figures() {
        Map<String, Figure> figures = new LinkedHashMap<>();
        add(figures, "open tickets", "#stat-open", "#stat-open .home-stat__value");
        add(figures, "tickets this month", "#stat-month", "#stat-month .home-stat__value");
        add(figures, "tickets this year", "#stat-year", "#stat-year .home-stat__value");
        add(figures, "Open Tickets (n), See All", "#tickets-see-all", "#open-count");
        add(figures, "waiting for my approval", "#alert-approval", "#alert-approval .home-alert__count");
        add(figures, "awaiting my reply", "#alert-reply", "#alert-reply .home-alert__count");
        for (WebElement slice : browser.driver().findElements(By.cssSelector("a.home-legend__count"))) {
            figures.put("open " + slice.getAttribute("id"), new Figure("open " + slice.getAttribute("id"),
                    number(slice.getText()), slice.getAttribute("href")));
        }
        List<WebElement> months = browser.driver().findElements(By.cssSelector(".home-data-table a[id^=month-]"));
        for (WebElement month : months.subList(Math.max(0, months.size() - 4), months.size())) {
            String id = month.getAttribute("id");
            figures.put(id, new Figure(id, number(month.getAttribute("textContent")), month.getAttribute("href")));
        }
        return figures;
    }

    private void add(Map<String, Figure> figures, String name, String link, String value) {
        List<WebElement> links = browser.driver().findElements(By.cssSelector(link));
        if (!links.isEmpty()) {
            String text = browser.driver().findElement(By.cssSelector(value)).getAttribute("textContent");
            figures.put(name, new Figure(name, number(text), links.get(0).getAttribute("href")));
        }
    }

    long statistic(String id) {
        return number(browser.find(By.cssSelector("#" + id + " .home-stat__value")).getText());
    }

    boolean has(String id) {
        return !browser.driver().findElements(By.id(id)).isEmpty();
    }

    List<WebElement> gridRows() {
        return browser.driver().findElements(By.cssSelector(".home-ticket"));
    }

    /** Chooses a site under "View data for" and waits until every widget shows it. */
    HomePage viewDataFor(String siteName) {
        String before = statisticLink();
        choose(siteName);
        if (!siteName.equals(chosenSite())) {
            // the menu's panel was still opening and took the click as a miss: choose again, as a user would
            choose(siteName);
        }
        assertEquals(siteName, chosenSite(), "the menu shows the chosen site");
        // The statistics arrive in a second, deferred Ajax request; wait until they show the new site.
        browser.waitUntil(d -> {
            awaitAjax();
            return !before.equals(statisticLink());
        });
        awaitAjax();
        return ready();
    }

    private void choose(String siteName) {
        browser.click(By.id("home-site:site"));
        browser.click(By.cssSelector("#home-site\\:site_panel li[data-label='" + siteName + "']"));
        try {
            browser.waitUntil(d -> siteName.equals(chosenSite()));
        } catch (org.openqa.selenium.TimeoutException missed) {
            // told apart by the caller
        }
    }

    private String statisticLink() {
        return String.valueOf(browser.find(By.id("stat-open")).getAttribute("href"));
    }

    String chosenSite() {
        return browser.find(By.id("home-site:site_label")).getText();
    }

    /** Clicks one grid filter (All, My, Waiting My Approval) and waits for the rows. */
    HomePage gridFilter(String label) {
        browser.click(By.xpath("//div[@id='grid-form:grid-filter']//div[contains(@class,'ui-button')][normalize-space(.)='"
                + label + "']"));
        awaitAjax();
        return this;
    }

    void search(String text) {
        browser.type(By.id("home-search:q"), text).click(By.id("home-search:go"));
    }

    /** Clicks a bar or slice of a chart, at the point Chart.js reports for that data item. */
    void clickChartItem(String widgetVar, int dataset, int index) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        browser.waitUntil(d -> js.executeScript("return !!(window.PF && PF('" + widgetVar + "') && PF('" + widgetVar
                + "').chart)"));
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) js.executeScript(
                "var c = PF(arguments[0]).chart; var el = c.getDatasetMeta(arguments[1]).data[arguments[2]];"
                        + "var p = el.tooltipPosition(); var r = c.canvas.getBoundingClientRect();"
                        + "var y = el.base !== undefined ? (p.y + el.base) / 2 : p.y;"
                        + "return [p.x - r.width / 2, y - r.height / 2];", widgetVar, dataset, index);
        WebElement canvas = browser.find(By.cssSelector("[id$='" + (widgetVar.equals("monthsChart") ? "months-chart" : "types-chart")
                + "'] canvas"));
        js.executeScript("arguments[0].scrollIntoView({block: 'center'})", canvas);
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .moveToElement(canvas, point.get(0).intValue(), point.get(1).intValue()).click().perform();
    }

    String currentQuery() {
        return URI.create(browser.driver().getCurrentUrl()).getRawQuery();
    }

    void awaitAjax() {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        browser.waitUntil(d -> Boolean.TRUE.equals(js.executeScript(
                "return document.readyState === 'complete' && !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()")));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(STAT_OPEN));
    }

    static long number(String text) {
        String digits = text == null ? "" : text.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }
}
