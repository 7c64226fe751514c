package dev.portico.e2e.home;

import dev.portico.e2e.support.Browser;
import org.openqa.selenium.By;

/**
 * The ticket list that Home's numbers open (the Tickets feature's page): only its total is read here. The page
 * shows the total as "N tickets" / "No tickets"; {@code #ticket-total} is the stable id asked of that page, the
 * class is what it renders today.
 */
final class TicketListPage {

    static final By TOTAL = By.cssSelector("#ticket-total, .tickets-total__count");

    private TicketListPage() {
    }

    /** Opens {@code href} and reads how many tickets the list says it holds. */
    static long totalAt(Browser browser, String href) {
        browser.driver().get(href);
        return HomePage.number(browser.find(TOTAL).getText());
    }
}
