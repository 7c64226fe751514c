package dev.portico.sandbox.seed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.sandbox.store.Jsons;
import dev.portico.sandbox.store.RecordCollection;
import dev.portico.sandbox.store.SandboxData;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SeederTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static SandboxData data;
    private static long draws;

    /** Counts every random draw of the seeding: its work, measured without a clock. */
    private static final class CountingRandom extends java.util.Random {

        private static final long serialVersionUID = 1L;
        private long count;

        CountingRandom(long seed) {
            super(seed);
        }

        @Override
        protected int next(int bits) {
            count++;
            return super.next(bits);
        }
    }

    @BeforeAll
    static void seed() {
        CountingRandom random = new CountingRandom(Seeder.RANDOM_SEED);
        data = Seeder.seed(TODAY, random);
        draws = random.count;
    }

    private static List<JsonObject> where(RecordCollection c, Predicate<JsonObject> p) {
        return c.all().stream().filter(p).toList();
    }

    private static Predicate<JsonObject> company(int id) {
        return r -> Integer.valueOf(id).equals(Jsons.refId(r, "company"));
    }

    private static Predicate<JsonObject> contact(int id) {
        return r -> Integer.valueOf(id).equals(Jsons.refId(r, "contact"));
    }

    private static String status(JsonObject ticket) {
        return ticket.getJsonObject("status").getString("name");
    }

    /**
     * Seeding is part of the sandbox's boot, so its work must grow with the records it makes, not faster: a bounded
     * number of random draws per record (every choice is a draw). A clock would measure the machine instead.
     */
    @Test
    void seedingDoesABoundedAmountOfWorkPerRecord() {
        long records = data.all().stream().mapToLong(RecordCollection::size).sum();

        assertTrue(records > 2_750, "records: " + records);
        assertTrue(draws > records, "every record is drawn: " + draws + " draws for " + records + " records");
        assertTrue(draws < 60L * records, draws + " draws for " + records + " records");
        System.out.println("Seeding drew " + draws + " random numbers for " + records + " records");
    }

    @Test
    void sameDayGivesIdenticalData() {
        SandboxData again = Seeder.seed(TODAY);
        List<RecordCollection> a = data.all();
        List<RecordCollection> b = again.all();
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).all().toString(), b.get(i).all().toString(), a.get(i).resource());
        }
        for (int id : data.documentContent.keySet()) {
            assertArrayEquals(data.documentContent.get(id), again.documentContent.get(id));
        }
    }

    @Test
    void anotherDayShiftsDatesButKeepsTheDistribution() {
        SandboxData later = Seeder.seed(TODAY.plusDays(7));
        assertEquals(data.tickets.size(), later.tickets.size());
        JsonObject before = data.tickets.get(10_500);
        JsonObject after = later.tickets.get(10_500);
        assertEquals(before.getString("summary"), after.getString("summary"));
        Instant b = Instant.parse(before.getJsonObject("_info").getString("dateEntered"));
        Instant a = Instant.parse(after.getJsonObject("_info").getString("dateEntered"));
        assertEquals(Duration.ofDays(7), Duration.between(b, a));
    }

    @Test
    void contosoHasThreeYearsOfTicketsInEveryStatusTypePriorityAndSite() {
        List<JsonObject> contoso = where(data.tickets, company(SeedIds.CONTOSO));
        assertTrue(contoso.size() >= 2500, "Contoso tickets: " + contoso.size());
        Instant midnight = TODAY.atStartOfDay(ZoneOffset.UTC).toInstant();
        Set<YearMonth> months = new HashSet<>();
        for (JsonObject t : contoso) {
            Instant entered = Instant.parse(t.getJsonObject("_info").getString("dateEntered"));
            assertTrue(entered.isBefore(midnight), "ticket in the future: " + t.getInt("id"));
            assertTrue(entered.isAfter(midnight.minus(Duration.ofDays(3 * 365 + 1))), "ticket too old: " + t.getInt("id"));
            months.add(YearMonth.from(entered.atZone(ZoneOffset.UTC)));
        }
        assertTrue(months.size() >= 36, "months with tickets: " + months.size());
        assertEquals(Set.of("New", "In Progress", "Scheduled", "Waiting Customer", "Waiting Customer Approval",
                        "Customer Approved", "Customer Rejected", "Re-opened", "Resolved", "Closed"),
                contoso.stream().map(SeederTest::status).collect(Collectors.toSet()));
        assertEquals(Set.of("Incident", "Query", "Change Request"),
                contoso.stream().map(t -> t.getJsonObject("type").getString("name")).collect(Collectors.toSet()));
        assertEquals(4, contoso.stream().map(t -> Jsons.refId(t, "priority")).distinct().count());
        assertEquals(Set.of(SeedIds.CONTOSO_HEAD_OFFICE, SeedIds.CONTOSO_WAREHOUSE),
                contoso.stream().map(t -> Jsons.refId(t, "site")).collect(Collectors.toSet()));
    }

    @Test
    void ticketIdsFollowCreationOrderAndAreShared() {
        Instant previous = Instant.MIN;
        for (JsonObject t : data.tickets.all()) {
            Instant entered = Instant.parse(t.getJsonObject("_info").getString("dateEntered"));
            assertFalse(entered.isBefore(previous), "ticket " + t.getInt("id"));
            previous = entered;
        }
        Set<Integer> service = data.tickets.all().stream().map(t -> t.getInt("id")).collect(Collectors.toSet());
        assertTrue(data.projectTickets.all().stream().noneMatch(t -> service.contains(t.getInt("id"))));
    }

    @Test
    void closedFlagsMatchTheBoardStatuses() {
        Map<Integer, Boolean> closed = data.boardStatuses.all().stream()
                .collect(Collectors.toMap(s -> s.getInt("id"), s -> s.getBoolean("closedStatus")));
        for (JsonObject t : data.tickets.all()) {
            boolean isClosed = closed.get(Jsons.refId(t, "status"));
            assertEquals(isClosed, t.getBoolean("closedFlag"), "ticket " + t.getInt("id"));
            assertEquals(isClosed, t.containsKey("closedDate"), "ticket " + t.getInt("id"));
        }
    }

    @Test
    void demoUsersOwnManyTicketsAndHaveSomeWaitingOnThem() {
        for (int id : new int[] {SeedIds.AVA, SeedIds.SAM, SeedIds.OLLY}) {
            List<JsonObject> mine = where(data.tickets, contact(id));
            assertTrue(mine.size() >= 200, "contact " + id + " has " + mine.size());
            assertTrue(mine.stream().anyMatch(t -> status(t).equals("Waiting Customer Approval")), "WCA for " + id);
            assertTrue(mine.stream().anyMatch(t -> status(t).equals("Waiting Customer")), "WC for " + id);
            assertTrue(mine.stream().filter(t -> !t.getBoolean("closedFlag")).count() >= 5);
        }
        List<JsonObject> fay = where(data.tickets, contact(SeedIds.FAY));
        assertTrue(fay.stream().anyMatch(t -> status(t).equals("Waiting Customer Approval")));
    }

    @Test
    void demoContactsMatchTheDocumentedLogIns() {
        Object[][] expected = {
                {SeedIds.AVA, "ava.admin@contoso.example", SeedIds.CONTOSO, 1, false, false},
                {SeedIds.SAM, "sam.standard@contoso.example", SeedIds.CONTOSO, 2, false, false},
                {SeedIds.OLLY, "olly.own@contoso.example", SeedIds.CONTOSO, 3, false, false},
                {SeedIds.DAN, "dan.disabled@contoso.example", SeedIds.CONTOSO, 3, true, false},
                {SeedIds.INA, "ina.inactive@contoso.example", SeedIds.CONTOSO, 3, false, true},
                {SeedIds.FAY, "fay.admin@fabrikam.example", SeedIds.FABRIKAM, 1, false, false}};
        for (Object[] e : expected) {
            JsonObject c = data.contacts.get((Integer) e[0]);
            assertNotNull(c, "contact " + e[0]);
            var email = c.getJsonArray("communicationItems").getValuesAs(JsonObject.class).stream()
                    .filter(i -> i.getString("communicationType").equals("Email")).findFirst().orElseThrow();
            assertEquals(e[1], email.getString("value"));
            assertEquals(e[2], Jsons.refId(c, "company"));
            assertEquals(e[3], c.getInt("portalSecurityLevel"));
            assertEquals(e[4], c.getBoolean("disablePortalLoginFlag"));
            assertEquals(e[5], c.getBoolean("inactiveFlag"));
            assertEquals(SeedIds.DEMO_PASSWORD, data.portalPasswords.get((Integer) e[0]));
            assertFalse(c.containsKey("portalPassword"));
        }
        assertEquals(19, where(data.contacts, company(SeedIds.CONTOSO)).size());
        assertEquals(6, where(data.contacts, company(SeedIds.FABRIKAM)).size());
        for (JsonObject c : data.contacts.all()) {
            Set<String> kinds = c.getJsonArray("communicationItems").getValuesAs(JsonObject.class).stream()
                    .map(i -> i.getString("communicationType")).collect(Collectors.toSet());
            assertEquals(Set.of("Email", "Phone"), kinds, "contact " + c.getInt("id"));
        }
        Set<String> emails = new HashSet<>();
        data.contacts.all().forEach(c -> c.getJsonArray("communicationItems").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("communicationType").equals("Email"))
                .forEach(i -> assertTrue(emails.add(i.getString("value").toLowerCase()), "duplicate e-mail")));
    }

    @Test
    void portalSecurityLevelsOneToSixHaveCaptions() {
        assertEquals(6, data.portalSecurityLevels.size());
        for (int level = 1; level <= 6; level++) {
            assertFalse(data.portalSecurityLevels.get(level).getString("caption").isBlank());
        }
    }

    @Test
    void everyTicketHasCustomerVisibleNotesAndManyHaveInternalOnes() {
        long internalTickets = 0;
        for (JsonObject t : data.tickets.all()) {
            List<JsonObject> notes = data.serviceNotes.childrenOf(t.getInt("id"));
            List<JsonObject> visible = notes.stream().filter(n -> n.getBoolean("detailDescriptionFlag")
                    || n.getBoolean("resolutionFlag")).toList();
            assertTrue(visible.size() >= 1 && visible.size() <= 4, "ticket " + t.getInt("id"));
            assertTrue(visible.get(0).getBoolean("detailDescriptionFlag"), "first note is the description");
            List<JsonObject> internal = notes.stream().filter(n -> n.getBoolean("internalAnalysisFlag")).toList();
            internal.forEach(n -> assertFalse(n.getBoolean("detailDescriptionFlag") || n.getBoolean("resolutionFlag")));
            if (!internal.isEmpty()) {
                internalTickets++;
            }
        }
        assertTrue(internalTickets > 500, "tickets with internal notes: " + internalTickets);
    }

    @Test
    void documentsAreAttachedWithTheirBytes() {
        assertTrue(data.documents.size() > 200, "documents: " + data.documents.size());
        assertTrue(data.documents.all().stream().anyMatch(d -> !d.getBoolean("publicFlag")));
        assertTrue(data.documents.all().stream().anyMatch(d -> d.getBoolean("imageFlag")));
        for (JsonObject doc : data.documents.all()) {
            byte[] bytes = data.documentContent.get(doc.getInt("id"));
            assertEquals(doc.getInt("size"), bytes.length);
            var link = data.documentLinks.get(doc.getInt("id"));
            assertEquals("Ticket", link.recordType());
            assertNotNull(data.tickets.get(link.recordId()));
            if (doc.getString("fileName").endsWith(".png")) {
                assertEquals((byte) 0x89, bytes[0]);
                assertEquals('P', bytes[1]);
            }
        }
    }

    @Test
    void contosoHasSixtyConfigurationsOfSixTypesSomeExpiringAndLinked() {
        List<JsonObject> contoso = where(data.configurations, company(SeedIds.CONTOSO));
        assertEquals(60, contoso.size());
        assertEquals(Set.of("Workstation", "Laptop", "Server", "Firewall", "Printer", "Switch"),
                contoso.stream().map(c -> c.getJsonObject("type").getString("name")).collect(Collectors.toSet()));
        Instant midnight = TODAY.atStartOfDay(ZoneOffset.UTC).toInstant();
        assertTrue(contoso.stream().filter(c -> {
            Instant w = Instant.parse(c.getString("warrantyExpirationDate"));
            return w.isAfter(midnight) && w.isBefore(midnight.plus(Duration.ofDays(60)));
        }).count() >= 5);
        assertTrue(contoso.stream().map(c -> c.getJsonObject("status").getString("name")).distinct().count() >= 3);
        assertTrue(contoso.stream().filter(c -> c.containsKey("contact")).count() >= 30);
        assertTrue(data.ticketConfigurations.size() > 100);
        for (JsonObject link : data.ticketConfigurations.all()) {
            JsonObject ticket = data.tickets.get(link.getInt("ticketId"));
            JsonObject configuration = data.configurations.get(link.getInt("configurationId"));
            assertEquals(Jsons.refId(ticket, "company"), Jsons.refId(configuration, "company"));
        }
    }

    @Test
    void opportunitiesProjectsAgreementsInvoicesAndArticlesExist() {
        List<JsonObject> opportunities = where(data.opportunities, company(SeedIds.CONTOSO));
        Set<String> statuses = opportunities.stream().map(o -> o.getJsonObject("status").getString("name"))
                .collect(Collectors.toSet());
        assertTrue(statuses.containsAll(Set.of("Awaiting Customer", "Open", "Internal Review", "Won", "Lost")));
        for (JsonObject o : data.opportunities.all()) {
            assertFalse(data.forecastItems.childrenOf(o.getInt("id")).isEmpty());
        }
        List<JsonObject> projects = where(data.projects, company(SeedIds.CONTOSO));
        assertTrue(projects.stream().anyMatch(p -> p.getBoolean("doNotDisplayInPortalFlag")));
        assertTrue(projects.stream().anyMatch(p -> !p.getBoolean("doNotDisplayInPortalFlag")));
        for (JsonObject p : data.projects.all()) {
            assertFalse(data.projectPhases.childrenOf(p.getInt("id")).isEmpty());
            assertFalse(data.projectTickets.childrenOf(p.getInt("id")).isEmpty());
        }
        assertEquals(Set.of("Active", "Cancelled", "Expired"), where(data.agreements, company(SeedIds.CONTOSO))
                .stream().map(a -> a.getString("agreementStatus")).collect(Collectors.toSet()));
        assertTrue(where(data.invoices, company(SeedIds.CONTOSO)).size() >= 12);
        Instant midnight = TODAY.atStartOfDay(ZoneOffset.UTC).toInstant();
        for (JsonObject invoice : data.invoices.all()) {
            assertFalse(data.invoiceLines.get(invoice.getInt("id")).isEmpty());
            assertTrue(Instant.parse(invoice.getString("date")).isBefore(midnight), invoice.getString("invoiceNumber"));
        }
        assertTrue(data.knowledgeBaseArticles.size() >= 5);
    }

    @Test
    void fabrikamDataIsSmallerAndNeverPointsAtContoso() {
        List<JsonObject> tickets = where(data.tickets, company(SeedIds.FABRIKAM));
        assertTrue(tickets.size() >= 140 && tickets.size() <= 160, "Fabrikam tickets: " + tickets.size());
        Set<Integer> fabrikamContacts = where(data.contacts, company(SeedIds.FABRIKAM)).stream()
                .map(c -> c.getInt("id")).collect(Collectors.toSet());
        for (RecordCollection c : List.of(data.tickets, data.projectTickets, data.configurations, data.opportunities,
                data.projects, data.agreements, data.invoices)) {
            List<JsonObject> fabrikam = where(c, company(SeedIds.FABRIKAM));
            assertFalse(fabrikam.isEmpty(), c.resource());
            for (JsonObject r : fabrikam) {
                Integer contactId = Jsons.refId(r, "contact");
                assertTrue(contactId == null || fabrikamContacts.contains(contactId), c.resource() + " " + r.getInt("id"));
                Integer site = Jsons.refId(r, "site");
                assertTrue(site == null || site == SeedIds.FABRIKAM_MAIN_OFFICE, c.resource() + " " + r.getInt("id"));
            }
            for (JsonObject r : where(c, company(SeedIds.CONTOSO))) {
                Integer contactId = Jsons.refId(r, "contact");
                assertTrue(contactId == null || !fabrikamContacts.contains(contactId), c.resource() + " " + r.getInt("id"));
            }
        }
    }
}
