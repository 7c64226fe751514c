package dev.portico.e2e.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.e2e.support.Browser;
import dev.portico.e2e.support.DemoServer;
import dev.portico.e2e.support.DemoServerExtension;
import dev.portico.e2e.support.LoginPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The ticket experience in Chromium against the sandbox, as the demo users. */
@ExtendWith(DemoServerExtension.class)
class TicketsIT {

    private static final String AVA = "ava.admin@contoso.example";
    private static final String SAM = "sam.standard@contoso.example";
    private static final String OLLY = "olly.own@contoso.example";
    private static final String FAY = "fay.admin@fabrikam.example";
    private static final String NOT_FOUND = "We could not find that page";
    /** The sandbox numbers tickets from 10001 in order of creation (docs/sandbox.md). */
    private static final long OLDEST_SEEDED = 10_001;

    private static String unique(String what) {
        return "E2E " + what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @ParameterizedTest(name = "a {0} is created with {1}, then found in My Tickets and by search")
    @CsvSource({"incident, save-view-bottom", "query, save-attach-bottom", "change-request, save-view-top"})
    void eachRequestTypeIsCreatedAndFoundInMyTicketsAndBySearch(String type, String button, DemoServer server)
            throws IOException {
        try (Browser browser = Browser.open(server)) {
            TicketUi ui = TicketUi.logIn(browser, AVA);
            String title = unique(type);
            browser.go("/tickets/new.xhtml?site=1001&type=" + type);
            ui.fillDetails(type, title);
            Path file = Files.writeString(Path.of(System.getProperty("test.tmpdir", "target"),
                    title.replace(' ', '-') + ".txt"), "attached on the form\n", StandardCharsets.UTF_8);
            ui.upload("ticket-form", file);

            long id = ui.save(button);
            String number = ui.shownNumber();
            if (DemoServerExtension.autotaskMode()) {
                assertTrue(number.matches("T\\d{8}\\.\\d{4}"), "an Autotask ticket number: " + number);
                assertTrue(browser.driver().findElements(By.id("ticket-form:urgency")).isEmpty());
            } else {
                assertEquals(String.valueOf(id), number, "ConnectWise numbers tickets by id");
            }

            assertTrue(ui.messageContaining("#" + number).contains("Ticket #" + number + " has been created"));
            assertEquals(title, browser.find(By.id("ticket-title")).getText());
            assertTrue(browser.find(By.id("description-text")).getText().contains("Customer reference: E2E-" + type));
            assertTrue(browser.find(By.id("attachments")).getText().contains(file.getFileName().toString()),
                    "the file chosen on the form is attached");
            assertEquals(button.startsWith("save-attach"), browser.driver().findElement(By.id("attach-dialog")).isDisplayed(),
                    "Save & Attach File opens the attachments form");
            if (DemoServerExtension.autotaskMode()) {
                // Autotask lists in id order (no server-side sort), so the new ticket is on My Tickets' last page:
                // find it there through the search box instead of on the first page
                ui.list("?view=mine&q=" + java.net.URLEncoder.encode(title, StandardCharsets.UTF_8));
            } else {
                ui.list("?view=mine");
            }
            assertTrue(ui.listedIds().contains(id), "My Tickets lists the new ticket " + id);

            ui.list("?view=search");
            browser.type(By.id("search:q"), title + Keys.ENTER);
            browser.waitUntil(ExpectedConditions.urlContains("q="));
            assertEquals("1 ticket", ui.total());
            assertEquals(List.of(id), ui.listedIds());
        }
    }

    @Test
    void stepOneAsksForTheSiteAndTheServiceNeeded(DemoServer server) {
        try (Browser browser = Browser.open(server)) {
            TicketUi ui = TicketUi.logIn(browser, SAM);
            browser.click(By.id("menu-tickets"));
            browser.click(By.id("tickets-nav-mine"));
            browser.click(By.id("tickets-nav-new"));

            browser.click(By.id("ticket-form:continue"));
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("ticket-form:step1"),
                    "Please choose the site."));
            String required = browser.find(By.id("ticket-form:step1")).getText();
            ui.selectStartingWith("ticket-form:site", "Warehouse");
            browser.click(By.cssSelector("[id='ticket-form:type-1'] + label"));
            browser.click(By.id("ticket-form:continue"));

            assertTrue(required.contains("Please choose the site."), required);
            assertTrue(required.contains("Please choose the service you need."), required);
            assertEquals("Warehouse", browser.find(By.id("chosen-site")).getText());
            assertEquals("Query", browser.find(By.id("chosen-type")).getText());
            assertEquals("Sam Standard", browser.find(By.id("contact-name")).getText());
            assertTrue(browser.find(By.id("contact-email")).getText().contains("sam.standard@contoso.example"));
            assertFalse(browser.find(By.id("contact-phone")).getText().isBlank());

            browser.click(By.id("ticket-form:save-view-top"));
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("ticket-form"),
                    "Please give the ticket a title."));
            String refused = browser.find(By.id("ticket-form")).getText();
            assertTrue(refused.contains("Please give the ticket a title."), refused);
            assertTrue(refused.contains("Please enter your reference."), refused);
            assertEquals("/tickets/new.xhtml", browser.currentPath());
        }
    }

    @Test
    void aNoteAndAnAttachmentAppearInTheActivityTimeline(DemoServer server) throws IOException {
        try (Browser browser = Browser.open(server)) {
            TicketUi ui = TicketUi.logIn(browser, AVA);
            long id = ui.createTicket("query", unique("timeline"));
            String quick = unique("quick note");
            String noted = unique("full note");
            String fileName = unique("log").replace(' ', '-') + ".txt";
            Path file = Files.writeString(Path.of(System.getProperty("test.tmpdir", "target"), fileName),
                    "line one\nline two\n", StandardCharsets.UTF_8);

            browser.type(By.id("activity:quick-note"), quick).click(By.id("activity:quick-note-submit"));
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(TicketUi.TIMELINE, quick));

            browser.click(By.id("actions:add-note"));
            boolean autotask = DemoServerExtension.autotaskMode();
            if (autotask) {
                // Autotask notes have a title and no recipients (PsaCapabilities.noteTitles, noteRecipients)
                assertTrue(browser.driver().findElements(By.id("note-form:note-recipients")).isEmpty(),
                        "no CC field where the PSA cannot copy notes");
                browser.type(By.id("note-form:note-title"), "Titled " + noted);
                browser.type(By.id("note-form:note-text"), noted + "\n\nDetails of the note");
            } else {
                // ConnectWise notes have no title (PsaCapabilities.noteTitles), so the dialog has no title input
                assertTrue(browser.driver().findElements(By.id("note-form:note-title")).isEmpty());
                browser.type(By.id("note-form:note-text"), noted + "\n\nDetails of the note")
                        .type(By.id("note-form:note-recipients"), "boss@contoso.example, not-an-address");
                browser.click(By.id("note-form:note-save"));
                browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("note-form"),
                        "These are not e-mail addresses: not-an-address"));
                browser.type(By.id("note-form:note-recipients"), "boss@contoso.example");
            }
            browser.click(By.id("note-form:note-save"));
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(TicketUi.TIMELINE, noted));

            browser.click(By.id("actions:add-attachment"));
            ui.upload("attach-form", file);
            browser.type(By.id("attach-form:files:0:name"), "The error log");
            browser.click(By.id("attach-form:attach-save"));
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(TicketUi.TIMELINE, "The error log"));
            browser.screenshot("ticket-activity-1280");

            String timeline = ui.timeline();
            assertTrue(timeline.indexOf("The error log") < timeline.indexOf(noted), "newest first");
            assertTrue(timeline.indexOf(noted) < timeline.indexOf(quick), "newest first");
            String download = browser.find(By.linkText("The error log")).getAttribute("href");
            assertEquals("line one\nline two\n", ui.bodyOf(download));
            ui.open(id);
            assertTrue(ui.timeline().contains(quick), "the notes are in the PSA, not only on the page");

            browser.click(By.id("actions:close"));
            browser.click(By.id("status-form:status-confirm"));
            // the PSA's own label of its closing status: ConnectWise "Closed", Autotask "Complete"
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(TicketUi.TICKET_STATUS,
                    autotask ? "Complete" : "Closed"));
            browser.click(By.id("actions:reopen"));
            browser.type(By.id("status-form:comment"), "Still broken").click(By.id("status-form:status-confirm"));
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(TicketUi.TICKET_STATUS, "Re-opened"));
            assertTrue(ui.timeline().contains("Still broken"));
        }
    }

    @Test
    void aWaitingTicketIsApprovedWithAComment(DemoServer server) {
        try (Browser browser = Browser.open(server)) {
            TicketUi ui = TicketUi.logIn(browser, SAM);
            ui.list("?view=approval");
            List<Long> waiting = ui.listedIds();
            assertFalse(waiting.isEmpty(), "the sandbox seeds tickets waiting for Sam's approval");
            long id = waiting.get(0);
            String comment = unique("approved");

            ui.open(id);
            browser.click(By.id("actions:approve"));
            browser.type(By.id("status-form:comment"), comment).click(By.id("status-form:status-confirm"));

            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(TicketUi.TICKET_STATUS, "Approved"));
            assertTrue(ui.messageContaining("approved").contains("Thank you, the ticket has been approved."));
            assertTrue(ui.timeline().contains(comment));
            assertTrue(browser.driver().findElements(By.id("actions:approve")).isEmpty());
            ui.list("?view=approval");
            assertFalse(ui.listedIds().contains(id));
        }
    }

    @Test
    void theColumnChooserSurvivesLogOutAndLogIn(DemoServer server) {
        try (Browser browser = Browser.open(server)) {
            TicketUi ui = TicketUi.logIn(browser, OLLY);
            ui.list("?view=search");
            ui.showList();
            boolean siteShown = !browser.driver().findElements(By.id("tickets:table:col-site")).isEmpty();
            browser.click(By.id("tickets:columns"));
            By site = By.cssSelector("[id='columns-form:picker'] li[data-item-value='site']");
            browser.click(site);
            browser.waitUntil(ExpectedConditions.attributeContains(site, "class", "ui-state-highlight"));
            browser.click(By.cssSelector("[id='columns-form:picker'] " + (siteShown
                    ? ".ui-picklist-button-remove" : ".ui-picklist-button-add")));
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='columns-form:picker'] "
                    + (siteShown ? ".ui-picklist-source" : ".ui-picklist-target") + " li[data-item-value='site']")));
            browser.screenshot("tickets-column-chooser-1280");
            browser.click(By.id("columns-form:columns-save"));
            ui.messageContaining("Your columns have been saved.");
            assertEquals(!siteShown, !browser.driver().findElements(By.id("tickets:table:col-site")).isEmpty());
            browser.screenshot("tickets-list-view-1280");

            new LoginPage(browser).logOut();
            TicketUi.logIn(browser, OLLY).list("?view=mine");

            assertEquals(!siteShown, !browser.driver().findElements(By.id("tickets:table:col-site")).isEmpty(),
                    "the column choice and List View are kept for the next log-in");
            assertFalse(browser.driver().findElements(By.id("tickets:table:col-number")).isEmpty(),
                    "the ticket number is always shown");
        }
    }

    @Test
    void ollyCannotSeeSamsTickets(DemoServer server) {
        long samsTicket;
        try (Browser browser = Browser.open(server)) {
            TicketUi sam = TicketUi.logIn(browser, SAM);
            sam.list("?view=mine");
            samsTicket = sam.listedIds().get(0);
        }
        try (Browser browser = Browser.open(server)) {
            TicketUi olly = TicketUi.logIn(browser, OLLY);

            olly.open(samsTicket);
            assertEquals(NOT_FOUND, browser.find(TicketUi.NOT_FOUND).getText());
            assertEquals(404, olly.statusOf("/tickets/ticket.xhtml?id=" + samsTicket));

            olly.list("?view=search&q=" + samsTicket);
            assertEquals("No tickets", olly.total());
            olly.list("?view=search");
            olly.showSummary();
            assertTrue(browser.find(By.id("own-only")).isDisplayed());
            List<String> contacts = browser.driver().findElements(
                    By.cssSelector(".ticket-card__facts > div:nth-child(3) dd")).stream().map(e -> e.getText()).toList();
            assertFalse(contacts.isEmpty());
            assertTrue(contacts.stream().allMatch("Olly Own"::equals), contacts.toString());
        }
    }

    @Test
    void aFabrikamTicketIsNotFoundForContoso(DemoServer server) {
        long fabrikamTicket;
        try (Browser browser = Browser.open(server)) {
            TicketUi fay = TicketUi.logIn(browser, FAY);
            fay.list("?view=search");
            fabrikamTicket = fay.listedIds().get(0);
            fay.open(fabrikamTicket);
            assertEquals(fabrikamTicket, fay.shownTicketId(), "Fay sees her own company's ticket");
        }
        try (Browser browser = Browser.open(server)) {
            TicketUi ava = TicketUi.logIn(browser, AVA);

            ava.open(fabrikamTicket);

            assertEquals(NOT_FOUND, browser.find(TicketUi.NOT_FOUND).getText());
            assertEquals(404, ava.statusOf("/tickets/ticket.xhtml?id=" + fabrikamTicket));
            assertEquals(404, ava.statusOf("/tickets/attachment?ticket=" + fabrikamTicket + "&id=5001"));
            assertFalse(browser.driver().getPageSource().contains("Exception"));
        }
    }

    @Test
    void anInternalNoteNeverAppears(DemoServer server) {
        SandboxApi psa = new SandboxApi(server);
        long ticket = 0;
        List<String> internal = List.of();
        for (long candidate : psa.ticketsOf(801, 60)) {
            internal = psa.internalNotes(candidate);
            if (!internal.isEmpty()) {
                ticket = candidate;
                break;
            }
        }
        assertFalse(internal.isEmpty(), "the sandbox seeds internal notes on about a third of the tickets");
        try (Browser browser = Browser.open(server)) {
            TicketUi ava = TicketUi.logIn(browser, AVA);

            ava.open(ticket);

            String page = browser.driver().getPageSource();
            assertFalse(ava.timeline().isBlank() && browser.find(By.id("description-text")).getText().isBlank());
            for (String text : internal) {
                assertFalse(page.contains(text), "internal note shown on ticket " + ticket + ": " + text);
            }
            assertFalse(page.contains("Internal:"), "no internal note of ticket " + ticket);
        }
    }

    @Test
    void theListsAndPagesFitAPhone(DemoServer server) {
        try (Browser browser = Browser.open(server, null, 375)) {
            TicketUi ui = TicketUi.logIn(browser, SAM);
            ui.list("?view=open");
            ui.showSummary();
            assertTrue(ui.fitsTheWindow(), "list");
            browser.screenshot("tickets-list-375");
            long first = ui.listedIds().get(0);

            ui.open(first);
            browser.find(TicketUi.TIMELINE);
            assertTrue(ui.fitsTheWindow(), "ticket page");
            browser.screenshot("ticket-375");

            browser.go("/tickets/new.xhtml?site=1001&type=incident");
            browser.find(By.id("ticket-form:summary"));
            assertTrue(ui.fitsTheWindow(), "new ticket");
            browser.screenshot("new-ticket-375");
        }
    }

    @Test
    void theListPagesSortsAndExportsWithoutLoadingEverything(DemoServer server) {
        try (Browser browser = Browser.open(server)) {
            TicketUi ui = TicketUi.logIn(browser, AVA);
            ui.list("?view=search");
            ui.showList();
            long total = Long.parseLong(ui.total().replaceAll("\\D", ""));
            assertTrue(total >= 2_500, "Contoso has 2,600 tickets: " + total);
            List<Long> newest = ui.listedIds();
            if (DemoServerExtension.autotaskMode()) {
                pagesForwardWithoutSorting(browser, ui, newest);
                return;
            }

            browser.click(By.cssSelector("[id='tickets:table'] .ui-paginator-next"));
            browser.waitUntil(d -> !ui.listedIds().isEmpty() && !ui.listedIds().get(0).equals(newest.get(0)));
            List<Long> second = ui.listedIds();
            browser.click(By.cssSelector("[id='tickets:table:col-number'] .ui-column-title"));
            browser.waitUntil(d -> !ui.listedIds().isEmpty() && ui.listedIds().get(0) < OLDEST_SEEDED + 100);
            List<Long> oldest = ui.listedIds();

            assertEquals(newest.size(), second.size());
            assertTrue(newest.get(newest.size() - 1) > second.get(0), "page 2 continues page 1");
            assertTrue(oldest.get(0) < oldest.get(1), "ascending by number");
            browser.screenshot("tickets-list-sorted-1280");
        }
    }

    /**
     * Autotask cannot sort on the server and pages with a cursor (PsaCapabilities: no sort fields, CURSOR): no
     * column offers sorting, the paginator has previous and next but no page numbers, and page 2 continues page 1
     * in the PSA's id order.
     */
    private static void pagesForwardWithoutSorting(Browser browser, TicketUi ui, List<Long> first) {
        assertTrue(browser.driver().findElements(By.cssSelector("[id='tickets:table'] th.ui-sortable-column")).isEmpty(),
                "no sortable column");
        assertTrue(browser.driver().findElements(By.cssSelector("[id='tickets:table'] .ui-paginator-page")).isEmpty(),
                "no page numbers with cursor paging");
        browser.click(By.cssSelector("[id='tickets:table'] .ui-paginator-next"));
        browser.waitUntil(d -> !ui.listedIds().isEmpty() && !ui.listedIds().get(0).equals(first.get(0)));
        List<Long> second = ui.listedIds();
        assertEquals(first.size(), second.size());
        assertTrue(first.get(first.size() - 1) < second.get(0), "page 2 continues page 1 in id order");
        browser.click(By.cssSelector("[id='tickets:table'] .ui-paginator-prev"));
        browser.waitUntil(d -> !ui.listedIds().isEmpty() && ui.listedIds().get(0).equals(first.get(0)));
        assertEquals(first, ui.listedIds(), "and back again");
    }
}
