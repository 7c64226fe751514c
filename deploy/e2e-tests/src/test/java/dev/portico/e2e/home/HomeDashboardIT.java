package dev.portico.e2e.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.e2e.home.HomePage.Figure;
import dev.portico.e2e.support.Browser;
import dev.portico.e2e.support.DemoServer;
import dev.portico.e2e.support.DemoServerExtension;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

@ExtendWith(DemoServerExtension.class)
class HomeDashboardIT {

    private static final String AVA = "ava.admin@contoso.example";

    @ParameterizedTest(name = "{0}: every number on Home equals the total of the list it opens")
    @CsvSource({
        "ava.admin@contoso.example, true",
        "sam.standard@contoso.example, true",
        "olly.own@contoso.example, false",
        "fay.admin@fabrikam.example, true"})
    void theNumbersMatchTheTicketSearchTheyDrillInto(String email, boolean approves, DemoServer server) {
        try (Browser browser = Browser.open(server)) {
            // Arrange
            HomePage home = HomePage.logIn(browser, email);
            Map<String, Figure> figures = home.figures();
            assertEquals(approves, figures.containsKey("waiting for my approval"), figures.keySet().toString());
            assertTrue(figures.size() >= 9, figures.keySet().toString());
            assertEquals(figures.get("open tickets").value(), figures.get("Open Tickets (n), See All").value());
            assertTrue(figures.get("open tickets").value() > 0, "the demo data has open tickets for " + email);

            // Act
            List<String> mismatches = new ArrayList<>();
            for (Figure figure : figures.values()) {
                long listed = TicketListPage.totalAt(browser, figure.href());
                if (listed != figure.value()) {
                    mismatches.add(figure.name() + ": Home " + figure.value() + ", list " + listed + " at " + figure.href());
                }
            }

            // Assert
            assertEquals(List.of(), mismatches);
        }
    }

    @Test
    void theSiteFilterChangesEveryWidgetAndIsRememberedForTheSession(DemoServer server) {
        try (Browser browser = Browser.open(server)) {
            // Arrange
            HomePage home = HomePage.logIn(browser, AVA);
            Map<String, Figure> all = home.figures();
            assertEquals("All sites", home.chosenSite());

            // Act
            home.viewDataFor("Warehouse");
            Map<String, Figure> warehouse = home.figures();

            // Assert: every drill link now names the site, and the figures are the site's share
            for (Figure figure : warehouse.values()) {
                assertTrue(figure.href().contains("site=1002"), figure.name() + " " + figure.href());
                Figure before = all.get(figure.name());
                if (before != null) {
                    assertTrue(figure.value() <= before.value(), figure.name() + " " + figure.value() + " > " + before.value());
                }
            }
            assertTrue(warehouse.get("open tickets").value() < all.get("open tickets").value());
            assertNotEquals(all.get("tickets this year").value(), warehouse.get("tickets this year").value());
            assertEquals(warehouse.get("open tickets").value(),
                    TicketListPage.totalAt(browser, warehouse.get("open tickets").href()));

            // the choice stays for the session
            home.reload();
            assertEquals("Warehouse", home.chosenSite());
            assertEquals(warehouse.get("open tickets").value(), home.statistic("stat-open"));
            home.viewDataFor("All sites");
            assertEquals(all.get("open tickets").value(), home.statistic("stat-open"));
        }
    }

    @Test
    void theGridShowsTheNewestOpenTicketsForEachFilter(DemoServer server) {
        try (Browser browser = Browser.open(server)) {
            HomePage home = HomePage.logIn(browser, AVA);
            assertEquals(6, home.gridRows().size());
            assertTrue(browser.find(By.id("tickets-see-all")).getAttribute("href").endsWith("view=open"));

            home.gridFilter("My");
            browser.waitUntil(d -> d.findElement(By.id("tickets-see-all")).getAttribute("href").endsWith("view=mine"));
            assertFalse(home.gridRows().isEmpty());

            home.gridFilter("Waiting My Approval");
            browser.waitUntil(d -> d.findElement(By.id("tickets-see-all")).getAttribute("href").endsWith("view=approval"));
            long waiting = HomePage.number(browser.find(By.cssSelector("#alert-approval .home-alert__count")).getText());
            assertEquals(Math.min(6, waiting), home.gridRows().size());
            String firstTicket = home.gridRows().get(0).findElement(By.cssSelector("a")).getAttribute("href");
            assertTrue(firstTicket.contains("/tickets/ticket.xhtml?id="), firstTicket);
        }
    }

    @Test
    void aClickOnABarOrASliceOpensThoseTickets(DemoServer server) {
        try (Browser browser = Browser.open(server)) {
            HomePage home = HomePage.logIn(browser, AVA);
            String month = LocalDate.now(ZoneOffset.UTC).toString().substring(0, 7);

            home.clickChartItem("monthsChart", 0, 11);
            browser.waitUntil(d -> d.getCurrentUrl().contains("/tickets/list.xhtml"));
            assertEquals("view=search&created=" + month, home.currentQuery());

            home.reload().clickChartItem("monthsChart", 1, 11);
            browser.waitUntil(d -> d.getCurrentUrl().contains("/tickets/list.xhtml"));
            assertEquals("view=search&completed=" + month, home.currentQuery());

            home.reload().clickChartItem("typesChart", 0, 0);
            browser.waitUntil(d -> d.getCurrentUrl().contains("/tickets/list.xhtml"));
            assertEquals("view=open&type=incident", home.currentQuery());
        }
    }

    @Test
    void theSearchBoxOpensATicketByNumberOrSearchesText(DemoServer server) {
        try (Browser browser = Browser.open(server)) {
            HomePage home = HomePage.logIn(browser, AVA);
            WebElement row = home.gridRows().get(0);
            String ticket = row.getAttribute("id").replace("grid-ticket-", "");
            // the number the customer knows the ticket by: ConnectWise's is the id, Autotask's T20240101.0001
            String number = row.findElement(By.cssSelector(".home-ticket__number")).getText().replace("#", "").strip();
            if (DemoServerExtension.autotaskMode()) {
                assertTrue(number.matches("T\\d{8}\\.\\d{4}"), number);
            } else {
                assertEquals(ticket, number);
            }

            home.search(number);
            browser.waitUntil(d -> d.getCurrentUrl().contains("/tickets/ticket.xhtml"));
            assertEquals("id=" + ticket, home.currentQuery());

            home.reload().search("printer toner");
            browser.waitUntil(d -> d.getCurrentUrl().contains("/tickets/list.xhtml"));
            assertEquals("view=search&q=printer%20toner", home.currentQuery());
        }
    }

    @Test
    void looksRightOnADesktopAndOnAPhone(DemoServer server) {
        for (int width : new int[] {1280, 375}) {
            try (Browser browser = Browser.open(server, null, width)) {
                HomePage.logIn(browser, AVA);
                browser.find(By.cssSelector("#widget-months canvas"));
                assertFalse((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                        "return document.documentElement.scrollWidth > window.innerWidth"), "no sideways scrolling at " + width);
                browser.screenshot("home-" + width);
            }
        }
    }
}
