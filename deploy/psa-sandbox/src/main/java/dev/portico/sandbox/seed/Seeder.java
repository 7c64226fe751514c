package dev.portico.sandbox.seed;

import static dev.portico.sandbox.seed.SeedIds.CONTOSO;
import static dev.portico.sandbox.seed.SeedIds.FABRIKAM;

import dev.portico.sandbox.store.Jsons;
import dev.portico.sandbox.store.RecordCollection;
import dev.portico.sandbox.store.SandboxData.DocumentLink;
import dev.portico.sandbox.store.SandboxData.InvoiceLine;
import dev.portico.sandbox.store.SandboxData;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Fills a {@link SandboxData} with the demo data. The same start day gives byte-identical data: every choice comes
 * from one {@link Random} with a fixed seed, and every date is a seeded number of days (and seconds) before
 * midnight UTC of the start day, so charts always cover the last three years.
 */
public final class Seeder {

    static final long RANDOM_SEED = 20_250_101L;
    static final int CONTOSO_TICKETS = 2_600;
    static final int FABRIKAM_TICKETS = 150;
    private static final int DAYS = 3 * 365;

    private final SandboxData d;
    private final Random rnd;
    private final Instant midnight;
    private final Instant setupDate;

    private final Map<Integer, Company> companies = new HashMap<>();
    private final List<Person> people = new ArrayList<>();
    private final Map<String, JsonObject> helpDeskStatuses = new HashMap<>();
    private final Map<String, JsonObject> projectStatuses = new HashMap<>();
    private final List<JsonObject> priorityRefs = new ArrayList<>();
    private final List<JsonObject> sourceRefs = new ArrayList<>();
    private final Map<Integer, List<Integer>> configurationsByCompany = new HashMap<>();
    private final Map<Integer, Integer> gold = new HashMap<>();
    private int noteId;
    private int documentId = 5000;
    private int communicationId = 3000;

    private record Member(int id, String identifier, String name) {
        JsonObject ref() {
            return Jsons.obj().add("id", id).add("identifier", identifier).add("name", name).build();
        }
    }

    private static final List<Member> TECHNICIANS = List.of(
            new Member(11, "jsmith", "John Smith"),
            new Member(12, "aturner", "Alice Turner"),
            new Member(13, "mwong", "Michael Wong"),
            new Member(14, "rdiaz", "Rosa Diaz"));
    private static final Member SALES_REP = new Member(15, "kpatel", "Kiran Patel");
    private static final Member API = new Member(SeedIds.API_MEMBER_ID, SeedIds.API_MEMBER, "Portico API");

    private record Company(int id, String identifier, String name, List<JsonObject> sites, String domain) {
        JsonObject ref() {
            return Jsons.obj().add("id", id).add("identifier", identifier).add("name", name).build();
        }
    }

    private record Person(int id, String first, String last, String email, String phone, Company company,
                          JsonObject site, boolean inactive) {
        String name() {
            return first + " " + last;
        }

        JsonObject ref() {
            return Jsons.ref(id, name());
        }
    }

    /** A ticket before it gets its id; tickets are numbered in order of their creation date. */
    private static final class Plan {
        Instant entered;
        Company company;
        Person contact;
        JsonObject site;
        String kind;
        String summary;
        JsonObject status;
        boolean closed;
        int priority;
        JsonObject project;
        JsonObject phase;
        String wbs;
    }

    private Seeder(SandboxData data, Random random) {
        this.d = data;
        this.rnd = random;
        this.midnight = data.seededAt();
        this.setupDate = midnight.minus(Duration.ofDays(DAYS + 200));
    }

    /** Seeds relative to {@code today} (normally the current UTC date at start-up). */
    public static SandboxData seed(LocalDate today) {
        return seed(today, new Random(RANDOM_SEED));
    }

    /** As {@link #seed(LocalDate)}, drawing every choice from {@code random} (tests count the draws). */
    static SandboxData seed(LocalDate today, Random random) {
        Seeder seeder = new Seeder(new SandboxData(today.atStartOfDay(ZoneOffset.UTC).toInstant()), random);
        seeder.run();
        return seeder.d;
    }

    private void run() {
        serviceSetup();
        portalSecurity();
        communicationTypes();
        companiesAndSites();
        contacts();
        configurationSetup();
        configurations();
        agreements();
        List<Plan> plans = new ArrayList<>();
        projects(plans);
        servicePlans(plans, companies.get(CONTOSO), CONTOSO_TICKETS);
        servicePlans(plans, companies.get(FABRIKAM), FABRIKAM_TICKETS);
        tickets(plans);
        opportunities();
        invoices();
        knowledgeBase();
        d.syncSequences();
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private static JsonObject info(Instant entered, String enteredBy, Instant updated, String updatedBy) {
        return Jsons.obj()
                .add("lastUpdated", Jsons.iso(updated))
                .add("updatedBy", updatedBy)
                .add("dateEntered", Jsons.iso(entered))
                .add("enteredBy", enteredBy)
                .build();
    }

    private JsonObject setupInfo() {
        return info(setupDate, "admin1", setupDate, "admin1");
    }

    /** A working-hours instant {@code daysAgo} days before the start day. */
    private Instant daysAgo(int daysAgo) {
        return midnight.minus(Duration.ofDays(daysAgo)).plusSeconds(7 * 3600 + 1800 + rnd.nextInt(11 * 3600));
    }

    private Instant before(Instant limit, Instant candidate) {
        return candidate.isBefore(limit) ? candidate : limit.minusSeconds(60 + rnd.nextInt(3600));
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private <T> T weighted(List<T> items, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = rnd.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return items.get(i);
            }
        }
        throw new IllegalStateException();
    }

    // ------------------------------------------------------------------------------------------ reference data

    private void serviceSetup() {
        List<Member> staff = new ArrayList<>(TECHNICIANS);
        staff.add(SALES_REP);
        staff.add(API);
        for (Member m : staff) {
            d.members.put(Jsons.obj(m.ref()).add("_info", setupInfo()).build());
        }
        d.boards.put(Jsons.obj().add("id", SeedIds.HELP_DESK_BOARD).add("name", "Help Desk")
                .add("location", Jsons.ref(1, "Main")).add("department", Jsons.ref(1, "Service Desk"))
                .add("inactiveFlag", false).add("projectFlag", false).add("_info", setupInfo()).build());
        d.boards.put(Jsons.obj().add("id", SeedIds.PROJECT_BOARD).add("name", "Projects")
                .add("location", Jsons.ref(1, "Main")).add("department", Jsons.ref(2, "Professional Services"))
                .add("inactiveFlag", false).add("projectFlag", true).add("_info", setupInfo()).build());

        String[][] statuses = {
                {"New", "Received", "false", "NotResponded"},
                {"In Progress", "In progress", "false", "Responded"},
                {"Scheduled", "Scheduled", "false", "ResolutionPlan"},
                {"Waiting Customer", "Waiting for your reply", "false", "Responded"},
                {"Waiting Customer Approval", "Waiting for your approval", "false", "Responded"},
                {"Customer Approved", "Approved", "false", "ResolutionPlan"},
                {"Customer Rejected", "Rejected", "false", "Responded"},
                {"Re-opened", "Re-opened", "false", "NotResponded"},
                {"Resolved", "Resolved", "true", "Resolved"},
                {"Closed", "Closed", "true", "NoEscalation"}};
        for (int i = 0; i < statuses.length; i++) {
            JsonObject status = boardStatus(i + 1, SeedIds.HELP_DESK_BOARD, "Help Desk", i, statuses[i]);
            helpDeskStatuses.put(statuses[i][0], Jsons.ref(i + 1, statuses[i][0], "sort", i));
            d.boardStatuses.put(status);
        }
        String[][] projectBoard = {
                {"New", "Planned", "false", "NotResponded"},
                {"In Progress", "In progress", "false", "Responded"},
                {"Completed", "Completed", "true", "Resolved"}};
        for (int i = 0; i < projectBoard.length; i++) {
            d.boardStatuses.put(boardStatus(11 + i, SeedIds.PROJECT_BOARD, "Projects", i, projectBoard[i]));
            projectStatuses.put(projectBoard[i][0], Jsons.ref(11 + i, projectBoard[i][0], "sort", i));
        }

        JsonObject helpDesk = Jsons.ref(SeedIds.HELP_DESK_BOARD, "Help Desk");
        String[][] types = {{"Incident", "Reactive"}, {"Query", "Reactive"}, {"Change Request", "Proactive"}};
        for (int i = 0; i < types.length; i++) {
            d.boardTypes.put(Jsons.obj().add("id", i + 1).add("name", types[i][0]).add("category", types[i][1])
                    .add("defaultFlag", i == 0).add("inactiveFlag", false)
                    .add("requestForChangeFlag", i == 2).add("board", helpDesk).add("_info", setupInfo()).build());
        }
        d.boardTypes.put(Jsons.obj().add("id", 4).add("name", "Project Task").add("category", "Proactive")
                .add("defaultFlag", true).add("inactiveFlag", false).add("requestForChangeFlag", false)
                .add("board", Jsons.ref(SeedIds.PROJECT_BOARD, "Projects")).add("_info", setupInfo()).build());

        Object[][] subTypes = {
                {"Hardware", new int[] {1}}, {"Software", new int[] {1, 3}}, {"Network", new int[] {1}},
                {"Email", new int[] {1, 2}}, {"Access", new int[] {2, 3}}, {"How-to", new int[] {2}},
                {"New User", new int[] {3}}, {"Leaver", new int[] {3}}, {"Software Install", new int[] {3}}};
        for (int i = 0; i < subTypes.length; i++) {
            JsonArrayBuilder assoc = Jsons.arr();
            for (int t : (int[]) subTypes[i][1]) {
                assoc.add(t);
            }
            d.boardSubTypes.put(Jsons.obj().add("id", i + 1).add("name", (String) subTypes[i][0])
                    .add("inactiveFlag", false).add("typeAssociationIds", assoc).add("board", helpDesk)
                    .add("_info", setupInfo()).build());
        }
        String[] items = {"Laptop", "Desktop", "Printer", "Server", "Mobile Phone", "Application"};
        for (int i = 0; i < items.length; i++) {
            d.boardItems.put(Jsons.obj().add("id", i + 1).add("name", items[i]).add("inactiveFlag", false)
                    .add("board", helpDesk).add("_info", setupInfo()).build());
        }

        String[][] priorities = {{"Priority 1 - Critical", "Red"}, {"Priority 2 - High", "Orange"},
                {"Priority 3 - Medium", "Yellow"}, {"Priority 4 - Low", "Green"}};
        for (int i = 0; i < priorities.length; i++) {
            d.priorities.put(Jsons.obj().add("id", i + 1).add("name", priorities[i][0]).add("color", priorities[i][1])
                    .add("sortOrder", i + 1).add("defaultFlag", i == 2).add("level", "Priority " + (i + 1))
                    .add("_info", setupInfo()).build());
            priorityRefs.add(Jsons.ref(i + 1, priorities[i][0], "sort", i + 1, "level", "Priority " + (i + 1)));
        }
        String[] levels = {"Low", "Medium", "High"};
        for (int i = 0; i < levels.length; i++) {
            d.severities.put(Jsons.obj().add("id", i + 1).add("name", levels[i])
                    .add("description", levels[i] + " severity").add("defaultFlag", i == 1).add("_info", setupInfo()).build());
            d.impacts.put(Jsons.obj().add("id", i + 1).add("name", levels[i])
                    .add("description", levels[i] + " impact").add("defaultFlag", i == 1).add("_info", setupInfo()).build());
        }
        String[] sources = {"Email", "Phone", "Portal"};
        for (int i = 0; i < sources.length; i++) {
            d.sources.put(Jsons.obj().add("id", i + 1).add("name", sources[i]).add("defaultFlag", i == 0)
                    .add("_info", setupInfo()).build());
            sourceRefs.add(Jsons.ref(i + 1, sources[i]));
        }
    }

    private JsonObject boardStatus(int id, int boardId, String boardName, int sort, String[] s) {
        boolean closed = Boolean.parseBoolean(s[2]);
        return Jsons.obj().add("id", id).add("name", s[0]).add("board", Jsons.ref(boardId, boardName))
                .add("sortOrder", sort).add("displayOnBoard", true).add("inactive", false)
                .add("closedStatus", closed).add("timeEntryNotAllowed", closed).add("roundRobinCatchall", false)
                .add("defaultFlag", sort == 0).add("escalationStatus", s[3])
                .add("customerPortalDescription", s[1]).add("customerPortalFlag", true)
                .add("_info", setupInfo()).build();
    }

    /** Portal functions and which of the six security levels grant them. */
    static final Object[][] PORTAL_FUNCTIONS = {
            {"ServiceTicketsOwn", "View own service tickets", "111100"},
            {"ServiceTicketsAll", "View all company service tickets", "110000"},
            {"ServiceTicketsCreate", "Enter service tickets", "111000"},
            {"ServiceTicketsApprove", "Approve or reject service tickets", "111000"},
            {"Projects", "View projects", "110100"},
            {"Configurations", "View configurations", "110100"},
            {"Opportunities", "View and approve recommendations", "100000"},
            {"Agreements", "View agreements", "100010"},
            {"Invoices", "View invoices", "100010"},
            {"Contacts", "Manage company contacts", "100000"},
            {"KnowledgeBase", "Search the knowledge base", "111110"},
            {"Reports", "View reports", "110000"}};

    /** The types of contact e-mail and phone items (the ids the contacts' items refer to). */
    private void communicationTypes() {
        Object[][] types = {{1, "Email", "email"}, {2, "Direct", "phone"}, {3, "Mobile", "phone"}, {4, "Fax", "fax"},
                {5, "Home", "phone"}, {6, "Pager", "phone"}, {7, "Home Email", "email"}, {8, "Other Email", "email"}};
        for (Object[] t : types) {
            d.communicationTypes.put(Jsons.obj().add("id", (int) t[0]).add("description", (String) t[1])
                    .add("phoneFlag", "phone".equals(t[2])).add("faxFlag", "fax".equals(t[2]))
                    .add("emailFlag", "email".equals(t[2])).add("defaultFlag", (int) t[0] <= 2)
                    .add("_info", setupInfo()).build());
        }
    }

    private void portalSecurity() {
        String[] captions = {"Company Administrator", "All Company Tickets", "Own Tickets Only", "Read Only",
                "Finance Only", "No Access"};
        for (int i = 0; i < captions.length; i++) {
            d.portalSecurityLevels.put(Jsons.obj().add("id", i + 1).add("captionIdentifier", "Level" + (i + 1))
                    .add("isDefaultFlag", i == 2).add("caption", captions[i]).add("_info", setupInfo()).build());
        }
        String[] columns = {"levelOne", "levelTwo", "levelThree", "levelFour", "levelFive", "levelSix"};
        for (int i = 0; i < PORTAL_FUNCTIONS.length; i++) {
            JsonObjectBuilder b = Jsons.obj().add("id", i + 1)
                    .add("functionIdentifier", (String) PORTAL_FUNCTIONS[i][0])
                    .add("functionDescription", (String) PORTAL_FUNCTIONS[i][1]);
            String grants = (String) PORTAL_FUNCTIONS[i][2];
            for (int level = 0; level < columns.length; level++) {
                b.add(columns[level], grants.charAt(level) == '1');
            }
            d.portalSecuritySettings.put(b.add("_info", setupInfo()).build());
        }
    }

    // ------------------------------------------------------------------------------------- companies, contacts

    private void companiesAndSites() {
        Company contoso = company(CONTOSO, "ContosoLtd", "Contoso Ltd", "contoso.example", "Seattle", "WA", "98101",
                "+1 206 555 0100", SeedIds.AVA, "Ava Admin",
                new Object[] {SeedIds.CONTOSO_HEAD_OFFICE, "Head Office", "1 Harbour Street", "Seattle", "98101", true},
                new Object[] {SeedIds.CONTOSO_WAREHOUSE, "Warehouse", "200 Industrial Way", "Kent", "98032", false});
        Company fabrikam = company(FABRIKAM, "FabrikamInc", "Fabrikam Inc", "fabrikam.example", "Portland", "OR",
                "97201", "+1 503 555 0100", SeedIds.FAY, "Fay Admin",
                new Object[] {SeedIds.FABRIKAM_MAIN_OFFICE, "Main Office", "45 River Road", "Portland", "97201", true});
        companies.put(CONTOSO, contoso);
        companies.put(FABRIKAM, fabrikam);
    }

    private Company company(int id, String identifier, String name, String domain, String city, String state,
                            String zip, String phone, int contactId, String contactName, Object[]... siteRows) {
        JsonObject ref = Jsons.obj().add("id", id).add("identifier", identifier).add("name", name).build();
        List<JsonObject> sites = new ArrayList<>();
        for (Object[] s : siteRows) {
            boolean primary = (Boolean) s[5];
            d.sites.put(Jsons.obj().add("id", (Integer) s[0]).add("name", (String) s[1])
                    .add("addressLine1", (String) s[2]).add("city", (String) s[3])
                    .add("stateReference", Jsons.obj().add("id", state.equals("WA") ? 48 : 38)
                            .add("identifier", state).add("name", state.equals("WA") ? "Washington" : "Oregon"))
                    .add("zip", (String) s[4]).add("country", Jsons.ref(1, "United States"))
                    .add("phoneNumber", phone).add("primaryAddressFlag", primary).add("defaultShippingFlag", true)
                    .add("defaultBillingFlag", primary).add("defaultMailingFlag", primary).add("inactiveFlag", false)
                    .add("company", ref).add("_info", setupInfo()).build());
            sites.add(Jsons.ref((Integer) s[0], (String) s[1]));
        }
        JsonObject contact = Jsons.ref(contactId, contactName);
        d.companies.put(Jsons.obj().add("id", id).add("identifier", identifier).add("name", name)
                .add("status", Jsons.ref(1, "Active")).add("addressLine1", (String) siteRows[0][2])
                .add("city", city).add("state", state).add("zip", zip).add("country", Jsons.ref(1, "United States"))
                .add("phoneNumber", phone).add("website", "www." + domain).add("defaultContact", contact)
                .add("billingContact", contact).add("site", sites.get(0))
                .add("types", Jsons.arr().add(Jsons.ref(1, "Client"))).add("deletedFlag", false)
                .add("leadFlag", false).add("unsubscribeFlag", false).add("_info", setupInfo()).build());
        return new Company(id, identifier, name, sites, domain);
    }

    private void contacts() {
        Company contoso = companies.get(CONTOSO);
        Company fabrikam = companies.get(FABRIKAM);
        JsonObject head = contoso.sites().get(0);
        JsonObject warehouse = contoso.sites().get(1);
        Object[][] rows = {
                {SeedIds.AVA, "Ava", "Admin", "ava.admin", contoso, head, 1, "IT Manager", "portal"},
                {SeedIds.SAM, "Sam", "Standard", "sam.standard", contoso, head, 2, "Office Manager", "portal"},
                {SeedIds.OLLY, "Olly", "Own", "olly.own", contoso, warehouse, 3, "Warehouse Supervisor", "portal"},
                {SeedIds.DAN, "Dan", "Disabled", "dan.disabled", contoso, head, 3, "Accountant", "disabled"},
                {805, "Liam", "Patel", null, contoso, head, 2, "Finance Director", ""},
                {806, "Noah", "Kim", null, contoso, head, 3, "Sales Executive", ""},
                {807, "Emma", "Garcia", null, contoso, warehouse, 3, "Logistics Coordinator", ""},
                {808, "Mia", "Chen", null, contoso, head, 3, "Marketing Lead", ""},
                {809, "Lucas", "Novak", null, contoso, warehouse, 4, "Forklift Operator", ""},
                {810, "Zoe", "Williams", null, contoso, head, 3, "HR Advisor", ""},
                {811, "Ethan", "Brown", null, contoso, warehouse, 3, "Dispatch Clerk", ""},
                {812, "Isla", "Murphy", null, contoso, head, 5, "Bookkeeper", ""},
                {813, "Omar", "Haddad", null, contoso, head, 3, "Buyer", ""},
                {814, "Chloe", "Martin", null, contoso, head, 6, "Receptionist", ""},
                {815, "Ravi", "Shah", null, contoso, warehouse, 3, "Inventory Analyst", ""},
                {816, "Grace", "Lee", null, contoso, head, 3, "Customer Service", ""},
                {817, "Tom", "Becker", null, contoso, warehouse, 4, "Warehouse Manager", ""},
                {818, "Nina", "Rossi", null, contoso, head, 3, "Executive Assistant", ""},
                {SeedIds.INA, "Ina", "Inactive", "ina.inactive", contoso, head, 3, "Former Employee", "inactive"},
                {SeedIds.FAY, "Fay", "Admin", "fay.admin", fabrikam, fabrikam.sites().get(0), 1, "Operations Director", "portal"},
                {821, "Ben", "Ortiz", null, fabrikam, fabrikam.sites().get(0), 2, "Plant Manager", ""},
                {822, "Hana", "Sato", null, fabrikam, fabrikam.sites().get(0), 3, "Engineer", ""},
                {823, "Leo", "Fischer", null, fabrikam, fabrikam.sites().get(0), 3, "Quality Lead", ""},
                {824, "Maya", "Singh", null, fabrikam, fabrikam.sites().get(0), 3, "Purchasing", ""},
                {825, "Pete", "Walsh", null, fabrikam, fabrikam.sites().get(0), 4, "Technician", ""}};
        for (Object[] r : rows) {
            int id = (Integer) r[0];
            String first = (String) r[1];
            String last = (String) r[2];
            Company company = (Company) r[4];
            String local = r[3] != null ? (String) r[3] : (first + "." + last).toLowerCase();
            String email = local + "@" + company.domain();
            String phone = (company.id() == CONTOSO ? "+1 206 555 " : "+1 503 555 ") + (1000 + id);
            String kind = (String) r[8];
            Person p = new Person(id, first, last, email, phone, company, (JsonObject) r[5], kind.equals("inactive"));
            people.add(p);
            if (!kind.isEmpty()) {
                d.portalPasswords.put(id, SeedIds.DEMO_PASSWORD);
            }
            Instant created = setupDate.plus(Duration.ofDays(id % 50));
            d.contacts.put(Jsons.obj().add("id", id).add("firstName", first).add("lastName", last)
                    .add("company", company.ref()).add("site", (JsonObject) r[5]).add("title", (String) r[7])
                    .add("inactiveFlag", kind.equals("inactive")).add("portalSecurityLevel", (Integer) r[6])
                    .add("disablePortalLoginFlag", kind.equals("disabled")).add("unsubscribeFlag", false)
                    .add("defaultPhoneType", "Direct").add("defaultPhoneNbr", phone).add("defaultBillingFlag", false)
                    .add("defaultFlag", id == SeedIds.AVA || id == SeedIds.FAY)
                    .add("communicationItems", Jsons.arr()
                            .add(communication(++communicationId, 1, "Email", email, true, "Email"))
                            .add(communication(++communicationId, 2, "Direct", phone, true, "Phone")))
                    .add("types", Jsons.arr().add(Jsons.ref(1, "End User")))
                    .add("_info", info(created, "admin1", created, "admin1")).build());
        }
    }

    /** A {@code ContactCommunicationItem}; the domain is only set for e-mail addresses. */
    public static JsonObject communication(int id, int typeId, String typeName, String value, boolean isDefault,
                                           String communicationType) {
        JsonObjectBuilder b = Jsons.obj().add("id", id).add("type", Jsons.ref(typeId, typeName)).add("value", value)
                .add("defaultFlag", isDefault).add("communicationType", communicationType);
        if ("Email".equals(communicationType) && value.contains("@")) {
            b.add("domain", value.substring(value.indexOf('@')));
        }
        return b.build();
    }

    private List<Person> peopleOf(int companyId) {
        return people.stream().filter(p -> p.company().id() == companyId).toList();
    }

    private Person person(int id) {
        return people.stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    // ------------------------------------------------------------------------------------------ configurations

    private static final String[] CONFIG_TYPES = {"Workstation", "Laptop", "Server", "Firewall", "Printer", "Switch"};
    private static final String[][] MODELS = {
            {"Dell", "OptiPlex 7020"}, {"Lenovo", "ThinkPad T14 Gen 5"}, {"Dell", "PowerEdge R660"},
            {"Fortinet", "FortiGate 60F"}, {"Brother", "HL-L6400DW"}, {"Ubiquiti", "USW-Pro-24-PoE"}};
    private static final String[] CODES = {"WS", "LT", "SRV", "FW", "PRN", "SW"};

    private void configurationSetup() {
        for (int i = 0; i < CONFIG_TYPES.length; i++) {
            d.configurationTypes.put(Jsons.obj().add("id", i + 1).add("name", CONFIG_TYPES[i])
                    .add("inactiveFlag", false).add("systemFlag", false).add("_info", setupInfo()).build());
        }
        String[][] statuses = {{"Active", "false"}, {"Inactive", "true"}, {"In Repair", "false"}, {"Retired", "true"}};
        for (int i = 0; i < statuses.length; i++) {
            d.configurationStatuses.put(Jsons.obj().add("id", i + 1).add("description", statuses[i][0])
                    .add("closedFlag", Boolean.parseBoolean(statuses[i][1])).add("defaultFlag", i == 0)
                    .add("_info", setupInfo()).build());
        }
    }

    private void configurations() {
        int id = 500;
        int[][] counts = {{18, 20, 5, 2, 8, 7}, {3, 3, 1, 1, 0, 0}};
        int[] companyIds = {CONTOSO, FABRIKAM};
        for (int c = 0; c < companyIds.length; c++) {
            Company company = companies.get(companyIds[c]);
            List<Person> staff = peopleOf(company.id()).stream().filter(p -> !p.inactive()).toList();
            String prefix = company.id() == CONTOSO ? "CON" : "FAB";
            int n = 0;
            for (int type = 0; type < CONFIG_TYPES.length; type++) {
                for (int k = 1; k <= counts[c][type]; k++) {
                    id++;
                    n++;
                    String name = String.format("%s-%s-%03d", prefix, CODES[type], k);
                    boolean personal = type <= 1;
                    Person owner = personal ? staff.get((k - 1 + type * 7) % staff.size()) : null;
                    JsonObject site = owner != null ? owner.site()
                            : (type == 2 || type == 3 ? company.sites().get(0) : company.sites().get(k % company.sites().size()));
                    Instant purchased = midnight.minus(Duration.ofDays(40 + rnd.nextInt(1400)));
                    Instant warranty = n % 7 == 3 ? midnight.plus(Duration.ofDays(5 + rnd.nextInt(40)))
                            : purchased.plus(Duration.ofDays(3 * 365));
                    int status = n % 17 == 5 ? 3 : (n % 13 == 7 ? 2 : (n % 19 == 11 ? 4 : 1));
                    String[] statusNames = {"", "Active", "Inactive", "In Repair", "Retired"};
                    JsonObjectBuilder b = Jsons.obj().add("id", id).add("name", name)
                            .add("type", Jsons.ref(type + 1, CONFIG_TYPES[type]))
                            .add("status", Jsons.ref(status, statusNames[status]))
                            .add("company", company.ref()).add("site", site)
                            .add("deviceIdentifier", name.toLowerCase())
                            .add("serialNumber", serial())
                            .add("modelNumber", MODELS[type][1])
                            .add("tagNumber", String.format("TAG-%05d", 10000 + id))
                            .add("purchaseDate", Jsons.iso(purchased))
                            .add("installationDate", Jsons.iso(purchased.plus(Duration.ofDays(3))))
                            .add("installedBy", TECHNICIANS.get(id % TECHNICIANS.size()).ref())
                            .add("warrantyExpirationDate", Jsons.iso(warranty))
                            .add("vendorNotes", "Internal: bought through distributor order " + (40000 + id))
                            .add("notes", CONFIG_TYPES[type] + " at " + site.getString("name"))
                            .add("macAddress", mac())
                            .add("ipAddress", "10." + (c + 10) + "." + (type + 1) + "." + (10 + k))
                            .add("manufacturer", Jsons.ref(type + 1, MODELS[type][0]))
                            .add("activeFlag", status == 1 || status == 3)
                            .add("needsRenewalFlag", warranty.isBefore(midnight.plus(Duration.ofDays(60))))
                            .add("billFlag", false).add("showRemoteFlag", false).add("showAutomateFlag", false)
                            .add("_info", info(purchased, "jsmith", purchased.plus(Duration.ofDays(3)), "jsmith"));
                    if (owner != null) {
                        b.add("contact", owner.ref()).add("lastLoginName", owner.email().substring(0, owner.email().indexOf('@')));
                    }
                    if (type <= 2) {
                        b.add("osType", type == 2 ? "Windows Server" : "Windows")
                                .add("osInfo", type == 2 ? "Windows Server 2019 Standard" : "Windows 11 Pro 23H2")
                                .add("cpuSpeed", type == 2 ? "2.8 GHz" : "3.2 GHz")
                                .add("ram", type == 2 ? "128 GB" : "16 GB")
                                .add("localHardDrives", type == 2 ? "C: 480 GB, D: 3.8 TB" : "C: 512 GB SSD");
                    }
                    d.configurations.put(b.build());
                    configurationsByCompany.computeIfAbsent(company.id(), x -> new ArrayList<>()).add(id);
                }
            }
        }
    }

    private String serial() {
        StringBuilder sb = new StringBuilder("SN");
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        for (int i = 0; i < 8; i++) {
            sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private String mac() {
        StringBuilder sb = new StringBuilder("00:1A");
        for (int i = 0; i < 4; i++) {
            sb.append(String.format(":%02X", rnd.nextInt(256)));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------------------ agreements

    private void agreements() {
        Object[][] rows = {
                {41, CONTOSO, "Managed Services - Gold", 1, "Active", 400, -1, 4500.0, "Amount", null},
                {42, CONTOSO, "Block Hours 2025", 2, "Active", 200, 165, 6000.0, "Hours", 40.0},
                {43, CONTOSO, "Cloud Backup", 3, "Cancelled", 700, 400, 350.0, "Amount", null},
                {44, CONTOSO, "Managed Services - Silver", 1, "Expired", 1100, 730, 3200.0, "Amount", null},
                {45, FABRIKAM, "Managed Services - Bronze", 1, "Active", 300, -1, 1800.0, "Amount", null},
                {46, FABRIKAM, "Project Retainer", 2, "Expired", 900, 365, 2500.0, "Hours", 20.0}};
        String[] typeNames = {"", "Managed Services", "Block Hours", "Backup"};
        for (Object[] r : rows) {
            int id = (Integer) r[0];
            Company company = companies.get((Integer) r[1]);
            String status = (String) r[4];
            Instant start = midnight.minus(Duration.ofDays((Integer) r[5]));
            int length = (Integer) r[6];
            Person contact = company.id() == CONTOSO ? person(SeedIds.AVA) : person(SeedIds.FAY);
            JsonObjectBuilder b = Jsons.obj().add("id", id).add("name", (String) r[2])
                    .add("type", Jsons.ref((Integer) r[3], typeNames[(Integer) r[3]]))
                    .add("company", company.ref()).add("contact", contact.ref()).add("site", company.sites().get(0))
                    .add("customerPO", "PO-" + (7000 + id))
                    .add("startDate", Jsons.iso(start))
                    .add("noEndingDateFlag", length < 0)
                    .add("cancelledFlag", status.equals("Cancelled"))
                    .add("applicationUnits", (String) r[8])
                    .add("applicationUnlimitedFlag", r[9] == null)
                    .add("applicationCycle", "CalendarMonth")
                    .add("billingCycle", Jsons.ref(2, "Monthly"))
                    .add("billAmount", money((Double) r[7]))
                    .add("internalNotes", "Internal: margin review due; do not show to the customer.")
                    .add("agreementStatus", status)
                    .add("_info", info(start, "kpatel", start, "kpatel"));
            if (r[9] != null) {
                b.add("applicationLimit", money((Double) r[9]));
            }
            if (length >= 0) {
                b.add("endDate", Jsons.iso(start.plus(Duration.ofDays(length))));
            }
            if (status.equals("Cancelled")) {
                b.add("dateCancelled", Jsons.iso(start.plus(Duration.ofDays(length)))).add("reasonCancelled",
                        "Moved to another backup provider");
            }
            if (status.equals("Active")) {
                b.add("nextInvoiceDate", Jsons.iso(LocalDate.ofInstant(midnight, ZoneOffset.UTC).withDayOfMonth(1)
                        .plusMonths(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
            }
            d.agreements.put(b.build());
            if (r[2].toString().contains("Managed Services") && status.equals("Active")) {
                gold.put(company.id(), id);
            }
        }
    }

    // -------------------------------------------------------------------------------------------------- projects

    private void projects(List<Plan> plans) {
        Object[][] rows = {
                {71, CONTOSO, "Microsoft 365 migration", "In Progress", false, 120, -30, SeedIds.AVA},
                {72, CONTOSO, "Warehouse Wi-Fi upgrade", "In Progress", false, 60, -20, SeedIds.OLLY},
                {73, CONTOSO, "Server room refresh", "Closed", false, 400, 300, SeedIds.AVA},
                {74, CONTOSO, "Internal: monitoring tool evaluation", "In Progress", true, 45, -60, SeedIds.SAM},
                {75, CONTOSO, "Security audit", "Open", true, 10, -90, SeedIds.AVA},
                {76, FABRIKAM, "Fabrikam network redesign", "In Progress", false, 90, -45, SeedIds.FAY},
                {77, FABRIKAM, "Internal: Fabrikam asset inventory", "Open", true, 15, -75, SeedIds.FAY}};
        String[][] phasePlans = {
                {"Discovery and planning", "Pilot", "Roll-out", "Handover"},
                {"Site survey", "Installation", "Testing"},
                {"Design", "Procurement", "Migration", "Decommissioning", "Documentation"},
                {"Evaluation"},
                {"Scoping", "Assessment"},
                {"Assessment", "Design", "Implementation"},
                {"Inventory"}};
        int phaseId = 700;
        for (int i = 0; i < rows.length; i++) {
            Object[] r = rows[i];
            int id = (Integer) r[0];
            Company company = companies.get((Integer) r[1]);
            String status = (String) r[3];
            boolean closed = status.equals("Closed");
            Instant start = midnight.minus(Duration.ofDays((Integer) r[5]));
            Instant end = midnight.minus(Duration.ofDays((Integer) r[6]));
            Person contact = person((Integer) r[7]);
            String[] phases = phasePlans[i];
            double budget = 20.0 * phases.length + 10 * (id % 5);
            double actual = closed ? budget * 1.1 : budget * (status.equals("Open") ? 0 : 0.45);
            int done = closed ? phases.length : (status.equals("Open") ? 0 : phases.length / 2);
            JsonObject projectRef = Jsons.ref(id, (String) r[2]);
            JsonObjectBuilder b = Jsons.obj().add("id", id).add("name", (String) r[2])
                    .add("board", Jsons.ref(SeedIds.PROJECT_BOARD, "Projects"))
                    .add("company", company.ref()).add("contact", contact.ref()).add("site", contact.site())
                    .add("status", Jsons.ref(status.equals("Open") ? 1 : (closed ? 3 : 2), status))
                    .add("closedFlag", closed)
                    .add("type", Jsons.ref(1, "Infrastructure"))
                    .add("manager", TECHNICIANS.get(i % TECHNICIANS.size()).ref())
                    .add("description", "Project: " + r[2] + " for " + company.name() + ".")
                    .add("billingMethod", i % 2 == 0 ? "FixedFee" : "ActualRates")
                    .add("estimatedStart", Jsons.iso(start)).add("estimatedEnd", Jsons.iso(end))
                    .add("scheduledStart", Jsons.iso(start)).add("scheduledEnd", Jsons.iso(end))
                    .add("percentComplete", money(closed ? 100 : 100.0 * done / phases.length))
                    .add("budgetHours", money(budget)).add("actualHours", money(actual))
                    .add("scheduledHours", money(budget)).add("estimatedHours", money(budget))
                    .add("doNotDisplayInPortalFlag", (Boolean) r[4])
                    .add("_info", info(start, "kpatel", closed ? end : midnight.minus(Duration.ofDays(2)), "jsmith"));
            if (!status.equals("Open")) {
                b.add("actualStart", Jsons.iso(start));
            }
            if (closed) {
                b.add("actualEnd", Jsons.iso(end));
            }
            d.projects.put(b.build());

            long span = Duration.between(start, end).toDays();
            for (int p = 0; p < phases.length; p++) {
                phaseId++;
                Instant phaseStart = start.plus(Duration.ofDays(span * p / phases.length));
                Instant phaseEnd = start.plus(Duration.ofDays(span * (p + 1) / phases.length));
                String phaseStatus = p < done ? "Completed" : (p == done && !status.equals("Open") ? "In Progress" : "Open");
                JsonObject statusRef = Jsons.ref(phaseStatus.equals("Completed") ? 3 : (phaseStatus.equals("Open") ? 1 : 2),
                        phaseStatus);
                String wbs = (p + 1) + "";
                double phaseBudget = budget / phases.length;
                d.projectPhases.put(Jsons.obj().add("id", phaseId).add("projectId", id)
                        .add("description", phases[p]).add("board", Jsons.ref(SeedIds.PROJECT_BOARD, "Projects"))
                        .add("status", statusRef).add("wbsCode", wbs).add("markAsMilestoneFlag", p == phases.length - 1)
                        .add("notes", "Phase " + wbs + " of " + r[2])
                        .add("deadlineDate", Jsons.iso(phaseEnd))
                        .add("scheduledHours", money(phaseBudget)).add("scheduledStart", Jsons.iso(phaseStart))
                        .add("scheduledEnd", Jsons.iso(phaseEnd)).add("budgetHours", money(phaseBudget))
                        .add("actualHours", money(p < done ? phaseBudget * 1.1 : (p == done ? phaseBudget * 0.4 : 0)))
                        .add("startDate", Jsons.iso(phaseStart)).add("endDate", Jsons.iso(phaseEnd))
                        .add("billSeparatelyFlag", false)
                        .add("_info", info(start, "kpatel", start, "kpatel")).build());
                int ticketsInPhase = 2 + rnd.nextInt(3);
                for (int t = 0; t < ticketsInPhase; t++) {
                    Plan plan = new Plan();
                    plan.company = company;
                    plan.contact = contact;
                    plan.site = contact.site();
                    Instant entered = phaseStart.plusSeconds(rnd.nextInt(86400 * 3));
                    plan.entered = entered.isBefore(midnight) ? entered : midnight.minusSeconds(3600L * (2 + t));
                    plan.kind = "project";
                    plan.summary = phases[p] + ": " + Texts.fill(rnd, Texts.pick(rnd, List.of(
                            "prepare {4} users", "configure {3}", "document the {0} set-up", "test with {1}",
                            "order hardware for the {0}", "review with the {4} team")), contact.name());
                    String ticketStatus = p < done ? "Completed" : (p == done && !status.equals("Open")
                            ? (t == 0 ? "Completed" : "In Progress") : "New");
                    plan.status = projectStatuses.get(ticketStatus);
                    plan.closed = ticketStatus.equals("Completed");
                    plan.priority = 3;
                    plan.project = projectRef;
                    plan.phase = Jsons.ref(phaseId, phases[p]);
                    plan.wbs = wbs + "." + (t + 1);
                    plans.add(plan);
                }
            }
        }
    }

    // --------------------------------------------------------------------------------------------------- tickets

    private void servicePlans(List<Plan> plans, Company company, int count) {
        List<Person> staff = peopleOf(company.id());
        List<Plan> own = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Plan p = new Plan();
            p.company = company;
            double shape = rnd.nextDouble();
            int age = 1 + (int) (Math.pow(shape, 1.15) * (DAYS - 1));
            p.entered = daysAgo(age);
            p.contact = pickContact(company, staff);
            p.site = p.contact != null ? (rnd.nextInt(10) < 8 ? p.contact.site()
                    : company.sites().get(rnd.nextInt(company.sites().size()))) : company.sites().get(0);
            p.kind = weighted(List.of("Incident", "Query", "Change Request"), 55, 30, 15);
            List<String> pool = switch (p.kind) {
                case "Incident" -> Texts.INCIDENTS;
                case "Query" -> Texts.QUERIES;
                default -> Texts.CHANGES;
            };
            p.summary = Texts.fill(rnd, Texts.pick(rnd, pool), Texts.pick(rnd, Texts.PEOPLE));
            p.priority = weighted(List.of(1, 2, 3, 4), 3, 12, 60, 25);
            String status = statusForAge(age);
            p.status = helpDeskStatuses.get(status);
            p.closed = status.equals("Resolved") || status.equals("Closed");
            own.add(p);
        }
        int[] demo = company.id() == CONTOSO ? new int[] {SeedIds.AVA, SeedIds.SAM, SeedIds.OLLY}
                : new int[] {SeedIds.FAY};
        String[] forced = {"Waiting Customer Approval", "Waiting Customer", "Waiting Customer Approval",
                "Waiting Customer", "In Progress"};
        for (int contactId : demo) {
            List<Plan> mine = own.stream().filter(p -> p.contact != null && p.contact.id() == contactId)
                    .sorted(Comparator.comparing((Plan p) -> p.entered).reversed()).toList();
            for (int k = 0; k < forced.length && k < mine.size(); k++) {
                mine.get(k).status = helpDeskStatuses.get(forced[k]);
                mine.get(k).closed = false;
            }
        }
        plans.addAll(own);
    }

    private Person pickContact(Company company, List<Person> staff) {
        int roll = rnd.nextInt(100);
        if (company.id() == CONTOSO) {
            if (roll < 11) {
                return person(SeedIds.AVA);
            }
            if (roll < 23) {
                return person(SeedIds.SAM);
            }
            if (roll < 34) {
                return person(SeedIds.OLLY);
            }
            if (roll < 37) {
                return person(SeedIds.DAN);
            }
            if (roll < 39) {
                return person(SeedIds.INA);
            }
            if (roll < 42) {
                return null;
            }
        } else if (roll < 30) {
            return person(SeedIds.FAY);
        }
        List<Person> others = staff.stream().filter(p -> p.id() != SeedIds.AVA && p.id() != SeedIds.SAM
                && p.id() != SeedIds.OLLY && p.id() != SeedIds.DAN && p.id() != SeedIds.INA
                && p.id() != SeedIds.FAY).toList();
        return others.get(rnd.nextInt(others.size()));
    }

    private String statusForAge(int age) {
        double open = age <= 30 ? 0.65 : age <= 90 ? 0.25 : age <= 365 ? 0.04 : 0.01;
        if (rnd.nextDouble() < open) {
            return weighted(List.of("New", "In Progress", "Scheduled", "Waiting Customer",
                    "Waiting Customer Approval", "Customer Approved", "Customer Rejected", "Re-opened"),
                    18, 25, 10, 15, 10, 6, 4, 12);
        }
        return rnd.nextInt(4) == 0 ? "Resolved" : "Closed";
    }

    private void tickets(List<Plan> plans) {
        plans.sort(Comparator.comparing((Plan p) -> p.entered));
        int id = 10000;
        for (Plan p : plans) {
            id++;
            ticket(id, p);
        }
    }

    private void ticket(int id, Plan p) {
        boolean project = p.project != null;
        Member owner = TECHNICIANS.get(rnd.nextInt(TECHNICIANS.size()));
        String status = p.status.getString("name");
        long ageDays = Duration.between(p.entered, midnight).toDays();
        Instant closedAt = p.closed ? before(midnight, p.entered.plus(Duration.ofHours(2 + rnd.nextInt(24 * 10)))) : null;
        Instant updated = p.closed ? closedAt
                : before(midnight, p.entered.plus(Duration.ofHours(1 + rnd.nextInt((int) Math.min(ageDays * 24 + 1, 24 * 20)))));
        String enteredBy = p.contact != null && rnd.nextBoolean() ? "Portal" : owner.identifier();
        JsonObject site = d.sites.get(p.site.getInt("id"));
        JsonObjectBuilder b = Jsons.obj().add("id", id).add("summary", p.summary);
        if (!project) {
            b.add("recordType", "ServiceTicket");
        }
        b.add("board", project ? Jsons.ref(SeedIds.PROJECT_BOARD, "Projects") : Jsons.ref(SeedIds.HELP_DESK_BOARD, "Help Desk"))
                .add("status", p.status)
                .add("company", p.company.ref())
                .add("site", p.site)
                .add("siteName", p.site.getString("name"))
                .add("addressLine1", site.getString("addressLine1"))
                .add("city", site.getString("city"))
                .add("stateIdentifier", site.getJsonObject("stateReference").getString("identifier"))
                .add("zip", site.getString("zip"));
        if (p.contact != null) {
            b.add("contact", p.contact.ref()).add("contactName", p.contact.name())
                    .add("contactPhoneNumber", p.contact.phone()).add("contactEmailAddress", p.contact.email());
        }
        if (project) {
            b.add("project", p.project).add("phase", p.phase).add("wbsCode", p.wbs).add("isIssueFlag", false)
                    .add("type", Jsons.ref(4, "Project Task"));
        } else {
            int typeId = p.kind.equals("Incident") ? 1 : p.kind.equals("Query") ? 2 : 3;
            b.add("type", Jsons.ref(typeId, p.kind));
            int[][] subTypesByType = {{1, 2, 3, 4}, {5, 6, 4}, {7, 8, 9, 5, 2}};
            String[] subTypeNames = {"", "Hardware", "Software", "Network", "Email", "Access", "How-to", "New User",
                    "Leaver", "Software Install"};
            if (rnd.nextInt(10) < 8) {
                int[] options = subTypesByType[typeId - 1];
                int sub = options[rnd.nextInt(options.length)];
                b.add("subType", Jsons.ref(sub, subTypeNames[sub]));
            }
            if (rnd.nextBoolean()) {
                String[] items = {"Laptop", "Desktop", "Printer", "Server", "Mobile Phone", "Application"};
                int item = rnd.nextInt(items.length);
                b.add("item", Jsons.ref(item + 1, items[item]));
            }
        }
        if (!status.equals("New")) {
            b.add("owner", owner.ref());
        }
        b.add("priority", priorityRefs.get(p.priority - 1));
        if (!project) {
            b.add("source", enteredBy.equals("Portal") ? sourceRefs.get(2) : sourceRefs.get(rnd.nextInt(2)))
                    .add("severity", weighted(List.of("Low", "Medium", "High"), 30, 55, 15))
                    .add("impact", weighted(List.of("Low", "Medium", "High"), 35, 50, 15));
        }
        if (p.kind.equals("Change Request") || rnd.nextInt(10) == 0) {
            b.add("requiredDate", Jsons.iso(p.entered.plus(Duration.ofDays(3 + rnd.nextInt(12)))
                    .truncatedTo(ChronoUnit.DAYS)));
        }
        if (rnd.nextInt(4) == 0) {
            b.add("budgetHours", money(1 + rnd.nextInt(16) / 2.0));
        }
        if (rnd.nextInt(10) == 0 && !project) {
            b.add("poNumber", "PO-" + (40000 + rnd.nextInt(60000)));
        }
        Integer agreement = gold.get(p.company.id());
        if (agreement != null && !project && rnd.nextInt(3) > 0) {
            b.add("agreement", Jsons.ref(agreement, d.agreements.get(agreement).getString("name")));
        }
        boolean customerReplied = !p.closed && (status.equals("Re-opened") || rnd.nextInt(5) == 0);
        b.add("allowAllClientsPortalView", false)
                .add("customerUpdatedFlag", customerReplied)
                .add("automaticEmailContactFlag", p.contact != null)
                .add("automaticEmailResourceFlag", false)
                .add("automaticEmailCcFlag", false)
                .add("closedFlag", p.closed)
                .add("actualHours", money(p.closed ? 0.25 * (1 + rnd.nextInt(24)) : 0.25 * rnd.nextInt(8)))
                .add("approved", status.equals("Customer Approved") || p.closed);
        if (!project) {
            b.add("hasChildTicket", false);
        }
        if (p.closed) {
            b.add("closedDate", Jsons.iso(closedAt)).add("closedBy", owner.identifier());
            if (!project) {
                b.add("dateResolved", Jsons.iso(closedAt));
            }
        }
        if (!project && !status.equals("New")) {
            b.add("dateResponded", Jsons.iso(before(updated, p.entered.plus(Duration.ofMinutes(15 + rnd.nextInt(240))))))
                    .add("isInSla", rnd.nextInt(10) > 0);
        }
        b.add("_info", info(p.entered, enteredBy, updated, p.closed ? owner.identifier()
                : (customerReplied ? "Portal" : owner.identifier())));
        JsonObject ticket = b.build();
        if (project) {
            d.projectTickets.put(ticket);
            projectNotes(id, p, owner, updated);
        } else {
            d.tickets.put(ticket);
            notes(id, p, owner, updated, status, customerReplied);
            documents(id, p, owner);
            links(id, p);
        }
    }

    private void notes(int ticketId, Plan p, Member owner, Instant updated, String status, boolean customerReplied) {
        int visible = 1 + rnd.nextInt(4);
        long window = Math.max(60, Duration.between(p.entered, updated).getSeconds());
        String firstName = p.contact != null ? p.contact.first() : "there";
        for (int i = 0; i < visible; i++) {
            Instant at = i == 0 ? p.entered : p.entered.plusSeconds(window * i / visible);
            boolean last = i == visible - 1 && i > 0;
            if (i == 0) {
                String text = p.summary + ". " + Texts.pick(rnd, Texts.DESCRIPTIONS);
                note(ticketId, text, true, false, false, p.contact, p.contact == null ? owner : null, at);
            } else if (last && p.closed) {
                note(ticketId, Texts.pick(rnd, Texts.RESOLUTIONS), false, false, true, null, owner, at);
            } else if (last && status.equals("Waiting Customer Approval")) {
                note(ticketId, "Hi " + firstName + ", " + lower(Texts.fill(rnd, Texts.APPROVAL_REQUEST, "")), true,
                        false, false, null, owner, at);
            } else if (last && status.equals("Waiting Customer")) {
                note(ticketId, "Hi " + firstName + ", " + lower(Texts.WAITING_REQUEST), true, false, false, null,
                        owner, at);
            } else if (last && customerReplied && p.contact != null) {
                note(ticketId, Texts.pick(rnd, Texts.CUSTOMER_REPLIES), true, false, false, p.contact, null, at);
            } else if (i % 2 == 1 || p.contact == null) {
                note(ticketId, "Hi " + firstName + ", " + lower(Texts.pick(rnd, Texts.TECH_REPLIES)), true, false,
                        false, null, owner, at);
            } else {
                note(ticketId, Texts.pick(rnd, Texts.CUSTOMER_REPLIES), true, false, false, p.contact, null, at);
            }
        }
        int internal = rnd.nextInt(100) < 35 ? (rnd.nextInt(100) < 15 ? 2 : 1) : 0;
        for (int i = 0; i < internal; i++) {
            Instant at = p.entered.plusSeconds(window * (i + 1) / (internal + 2));
            note(ticketId, Texts.fill(rnd, Texts.pick(rnd, Texts.INTERNAL), ""), false, true, false, null, owner, at);
        }
    }

    private static String lower(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private void note(int ticketId, String text, boolean detail, boolean internal, boolean resolution,
                      Person contact, Member member, Instant at) {
        JsonObjectBuilder b = Jsons.obj().add("id", ++noteId).add("ticketId", ticketId).add("text", text)
                .add("detailDescriptionFlag", detail).add("internalAnalysisFlag", internal)
                .add("resolutionFlag", resolution).add("issueFlag", false);
        if (member != null) {
            b.add("member", member.ref());
        }
        if (contact != null) {
            b.add("contact", contact.ref());
        }
        String by = member != null ? member.identifier() : "Portal";
        b.add("customerUpdatedFlag", contact != null).add("processNotifications", true)
                .add("dateCreated", Jsons.iso(at)).add("createdBy", by)
                .add("internalFlag", internal).add("externalFlag", !internal)
                .add("_info", info(at, by, at, by));
        d.serviceNotes.put(b.build());
    }

    private void projectNotes(int ticketId, Plan p, Member owner, Instant updated) {
        int count = 1 + rnd.nextInt(2);
        for (int i = 0; i < count; i++) {
            Instant at = i == 0 ? p.entered : updated;
            boolean internal = i == 1 && rnd.nextBoolean();
            String text = i == 0 ? "Task: " + p.summary + "." : (internal
                    ? "Internal: waiting on the supplier for pricing." : "Progress update: on track for this phase.");
            JsonObjectBuilder b = Jsons.obj().add("id", ++noteId).add("ticketId", ticketId).add("text", text)
                    .add("detailDescriptionFlag", !internal).add("internalAnalysisFlag", internal)
                    .add("resolutionFlag", false).add("issueFlag", false).add("member", owner.ref())
                    .add("customerUpdatedFlag", false).add("processNotifications", true)
                    .add("internalFlag", internal).add("externalFlag", !internal)
                    .add("_info", info(at, owner.identifier(), at, owner.identifier()));
            d.projectTicketNotes.put(b.build());
        }
    }

    private void documents(int ticketId, Plan p, Member owner) {
        int roll = rnd.nextInt(100);
        if (roll < 10) {
            boolean image = rnd.nextInt(5) < 2;
            String who = p.contact != null ? p.contact.name() : owner.name();
            if (image) {
                byte[] png = Png.stripes(24 + rnd.nextInt(24), 16 + rnd.nextInt(16), 0x1F6FEB, 0xF5F7FA);
                document(ticketId, "Screenshot of the error", "screenshot.png", png, true, who, p.entered);
            } else {
                String log = "Event log export for ticket " + ticketId + "\n"
                        + Jsons.iso(p.entered) + " ERROR " + p.summary + "\n"
                        + Jsons.iso(p.entered.plusSeconds(5)) + " INFO retry scheduled\n";
                document(ticketId, "Error log", "error-log.txt", log.getBytes(StandardCharsets.UTF_8), true, who,
                        p.entered);
            }
        }
        if (roll < 3 || roll >= 97) {
            String text = "Internal diagnostics for ticket " + ticketId + ". Not for the customer.\n";
            document(ticketId, "Technician diagnostics", "diagnostics.txt", text.getBytes(StandardCharsets.UTF_8),
                    false, owner.identifier(), p.entered.plusSeconds(3600));
        }
    }

    private void document(int ticketId, String title, String fileName, byte[] content, boolean isPublic,
                          String owner, Instant at) {
        int id = ++documentId;
        UUID guid = new UUID(rnd.nextLong(), rnd.nextLong());
        d.documents.put(documentInfo(id, title, fileName, content.length, isPublic, owner, at, guid));
        d.documentLinks.put(id, new DocumentLink("Ticket", ticketId));
        d.documentContent.put(id, content);
    }

    /** A {@code DocumentInfo} record; shared with uploads through the API. */
    public static JsonObject documentInfo(int id, String title, String fileName, int size, boolean isPublic,
                                          String owner, Instant at, UUID guid) {
        String extension = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.')) : "";
        boolean image = extension.equalsIgnoreCase(".png") || extension.equalsIgnoreCase(".jpg")
                || extension.equalsIgnoreCase(".jpeg") || extension.equalsIgnoreCase(".gif");
        return Jsons.obj().add("id", id).add("title", title).add("fileName", fileName)
                .add("serverFileName", guid + extension).add("owner", owner).add("linkFlag", false)
                .add("imageFlag", image).add("publicFlag", isPublic).add("htmlTemplateFlag", false)
                .add("readOnlyFlag", false).add("size", size).add("urlFlag", false)
                .add("createdOnDate", Jsons.iso(at)).add("guid", guid.toString())
                .add("_info", info(at, owner, at, owner)).build();
    }

    private void links(int ticketId, Plan p) {
        List<Integer> candidates = configurationsByCompany.get(p.company.id());
        if (candidates == null || rnd.nextInt(100) >= 12) {
            return;
        }
        int count = 1 + (rnd.nextInt(5) == 0 ? 1 : 0);
        for (int i = 0; i < count; i++) {
            int configurationId = candidates.get(rnd.nextInt(candidates.size()));
            boolean exists = d.ticketConfigurations.childrenOf(ticketId).stream()
                    .anyMatch(l -> l.getInt("configurationId") == configurationId);
            if (!exists) {
                RecordCollection links = d.ticketConfigurations;
                links.put(Jsons.obj().add("id", links.nextId()).add("ticketId", ticketId)
                        .add("configurationId", configurationId).build());
            }
        }
    }

    // ----------------------------------------------------------------------------------------------- opportunities

    private void opportunities() {
        String[] statusNames = {"", "Open", "Internal Review", "Awaiting Customer", "Won", "Lost"};
        for (int i = 1; i < statusNames.length; i++) {
            d.opportunityStatuses.put(Jsons.obj().add("id", i).add("name", statusNames[i])
                    .add("wonFlag", i == 4).add("lostFlag", i == 5).add("closedFlag", i >= 4)
                    .add("inactiveFlag", false).add("defaultFlag", i == 1).add("enteredBy", "admin1")
                    .add("dateEntered", Jsons.iso(setupDate)).add("_info", setupInfo()).build());
        }
        Object[][] rows = {
                {301, CONTOSO, "Replace ageing workstations", 3, SeedIds.AVA, 20,
                        new Object[][] {{"Dell OptiPlex 7020 workstation", "Product", 10, 950.0, 720.0},
                                {"Workstation set-up and data transfer", "Service", 10, 120.0, 60.0}}},
                {302, CONTOSO, "Microsoft 365 Business Premium upgrade", 3, SeedIds.AVA, 12,
                        new Object[][] {{"Microsoft 365 Business Premium (annual)", "Agreement", 45, 264.0, 220.0}}},
                {303, CONTOSO, "Warehouse Wi-Fi access points", 3, SeedIds.OLLY, 8,
                        new Object[][] {{"Ubiquiti U7 Pro access point", "Product", 6, 189.0, 140.0},
                                {"Cabling and installation", "Service", 1, 1450.0, 900.0},
                                {"Wi-Fi site survey", "Service", 1, 600.0, 300.0}}},
                {304, CONTOSO, "Firewall replacement", 1, SeedIds.AVA, 35,
                        new Object[][] {{"FortiGate 70G with 3-year bundle", "Product", 1, 2890.0, 2300.0}}},
                {305, CONTOSO, "Security awareness training", 2, SeedIds.SAM, 25,
                        new Object[][] {{"Security awareness training (per user)", "Service", 40, 35.0, 18.0}}},
                {306, CONTOSO, "Cloud backup for file server", 4, SeedIds.AVA, 160,
                        new Object[][] {{"Cloud backup 2 TB (monthly)", "Agreement", 12, 180.0, 95.0}}},
                {307, CONTOSO, "VoIP phone system", 5, SeedIds.SAM, 220,
                        new Object[][] {{"VoIP handset", "Product", 25, 145.0, 110.0}}},
                {308, CONTOSO, "Server virtualisation", 1, SeedIds.AVA, 60,
                        new Object[][] {{"Hypervisor host", "Product", 2, 8400.0, 7100.0},
                                {"Virtualisation project", "Service", 1, 6500.0, 3900.0}}},
                {309, FABRIKAM, "Fabrikam laptop refresh", 3, SeedIds.FAY, 15,
                        new Object[][] {{"Lenovo ThinkPad T14 Gen 5", "Product", 6, 1350.0, 1100.0}}},
                {310, FABRIKAM, "Fabrikam NAS", 1, SeedIds.FAY, 40,
                        new Object[][] {{"Synology RS1221+ NAS", "Product", 1, 1990.0, 1600.0}}},
                {311, FABRIKAM, "Fabrikam Microsoft 365", 4, SeedIds.FAY, 300,
                        new Object[][] {{"Microsoft 365 Business Standard (annual)", "Agreement", 12, 150.0, 125.0}}}};
        int forecastId = 900;
        int opportunityNoteId = 0;
        for (Object[] r : rows) {
            int id = (Integer) r[0];
            Company company = companies.get((Integer) r[1]);
            int status = (Integer) r[3];
            Person contact = person((Integer) r[4]);
            Instant created = midnight.minus(Duration.ofDays((Integer) r[5])).plusSeconds(9 * 3600);
            boolean closed = status >= 4;
            JsonObject statusRef = Jsons.ref(status, statusNames[status]);
            JsonObjectBuilder b = Jsons.obj().add("id", id).add("name", (String) r[2])
                    .add("expectedCloseDate", Jsons.iso(created.plus(Duration.ofDays(45))))
                    .add("type", Jsons.ref(1, "New Business")).add("stage", Jsons.ref(3, "Proposal"))
                    .add("status", statusRef).add("priority", Jsons.ref(2, "Medium"))
                    .add("notes", "Proposal for " + company.name() + ": " + r[2] + ".")
                    .add("probability", Jsons.ref(5, "50%")).add("source", "Account review")
                    .add("rating", Jsons.ref(2, "Warm")).add("primarySalesRep", SALES_REP.ref())
                    .add("locationId", 1).add("businessUnitId", 1)
                    .add("company", company.ref()).add("contact", contact.ref()).add("site", contact.site())
                    .add("_info", info(created, SALES_REP.identifier(), closed ? created.plus(Duration.ofDays(20))
                            : created.plus(Duration.ofDays(1)), SALES_REP.identifier()));
            if (closed) {
                b.add("closedDate", Jsons.iso(created.plus(Duration.ofDays(20)))).add("closedBy", SALES_REP.ref());
            }
            d.opportunities.put(b.build());
            int sequence = 0;
            for (Object[] line : (Object[][]) r[6]) {
                double quantity = ((Integer) line[2]).doubleValue();
                double revenue = quantity * (Double) line[3];
                double cost = quantity * (Double) line[4];
                String type = (String) line[1];
                d.forecastItems.put(Jsons.obj().add("id", ++forecastId).add("forecastDescription", type + " line")
                        .add("opportunity", Jsons.ref(id, (String) r[2])).add("quantity", money(quantity))
                        .add("status", statusRef).add("productDescription", (String) line[0])
                        .add("productClass", type.equals("Product") ? "Inventory" : type.equals("Service") ? "Service" : "Agreement")
                        .add("revenue", money(revenue)).add("cost", money(cost)).add("margin", money(revenue - cost))
                        .add("percentage", 50).add("includeFlag", true).add("forecastType", type)
                        .add("linkFlag", false).add("recurringRevenue", money(type.equals("Agreement") ? revenue / 12 : 0))
                        .add("recurringCost", money(type.equals("Agreement") ? cost / 12 : 0))
                        .add("cycles", type.equals("Agreement") ? 12 : 0).add("recurringFlag", type.equals("Agreement"))
                        .add("sequenceNumber", money(++sequence)).add("subNumber", 0).add("taxableFlag", !type.equals("Service"))
                        .add("quoteWerksQuantity", 0)
                        .add("_info", info(created, SALES_REP.identifier(), created, SALES_REP.identifier())).build());
            }
            d.opportunityNotes.put(Jsons.obj().add("id", ++opportunityNoteId).add("opportunityId", id)
                    .add("type", Jsons.ref(1, "General"))
                    .add("text", "Discussed with " + contact.name() + "; proposal sent.").add("flagged", false)
                    .add("enteredBy", SALES_REP.identifier())
                    .add("_info", info(created, SALES_REP.identifier(), created, SALES_REP.identifier())).build());
        }
    }

    // -------------------------------------------------------------------------------------------------- invoices

    private void invoices() {
        record Draft(Company company, Instant date, String type, List<InvoiceLine> lines, JsonObject ticket,
                     JsonObject project, Integer agreement) {
        }
        List<Draft> drafts = new ArrayList<>();
        LocalDate thisMonth = LocalDate.ofInstant(midnight, ZoneOffset.UTC).withDayOfMonth(1);
        for (int[] plan : new int[][] {{CONTOSO, 12}, {FABRIKAM, 4}}) {
            Company company = companies.get(plan[0]);
            int agreementId = gold.get(company.id());
            JsonObject agreement = d.agreements.get(agreementId);
            for (int m = plan[1]; m >= 1; m--) {
                LocalDate month = thisMonth.minusMonths(m);
                drafts.add(new Draft(company, month.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(6 * 3600),
                        "Agreement", List.of(new InvoiceLine(agreement.getString("name") + " - "
                                + month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                                + " " + month.getYear(), BigDecimal.ONE, agreement.getJsonNumber("billAmount").bigDecimalValue())),
                        null, null, agreementId));
            }
        }
        Instant settled = midnight.minus(Duration.ofDays(10));
        List<JsonObject> closedContoso = d.tickets.all().stream()
                .filter(t -> Jsons.refId(t, "company") == CONTOSO && Jsons.flag(t, "closedFlag"))
                .filter(t -> Jsons.object(t, "agreement") == null)
                .filter(t -> Instant.parse(t.getString("closedDate")).isBefore(settled)).toList();
        for (int k = 0; k < 3; k++) {
            JsonObject t = closedContoso.get(closedContoso.size() - 1 - k * 17);
            Instant closed = Instant.parse(t.getString("closedDate"));
            drafts.add(new Draft(companies.get(CONTOSO), closed.plus(Duration.ofDays(2)), "Standard",
                    List.of(new InvoiceLine("Labour: " + t.getString("summary"), money(1.5 + k), money(125)),
                            new InvoiceLine("Travel charge", BigDecimal.ONE, money(45))),
                    Jsons.obj().add("id", t.getInt("id")).add("summary", t.getString("summary")).build(), null, null));
        }
        JsonObject serverRoom = d.projects.get(73);
        drafts.add(new Draft(companies.get(CONTOSO), Instant.parse(serverRoom.getString("actualEnd")).plus(Duration.ofDays(5)),
                "Progress", List.of(new InvoiceLine("Server room refresh - final milestone", BigDecimal.ONE, money(8600)),
                        new InvoiceLine("Rack and UPS hardware", money(2), money(1890))),
                null, Jsons.ref(73, serverRoom.getString("name")), null));
        drafts.sort(Comparator.comparing(Draft::date));

        int id = 9000;
        for (Draft draft : drafts) {
            id++;
            BigDecimal subtotal = draft.lines().stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .setScale(2, RoundingMode.HALF_UP);
            BigDecimal tax = subtotal.multiply(new BigDecimal("0.10")).setScale(2, RoundingMode.HALF_UP);
            BigDecimal total = subtotal.add(tax);
            Instant due = draft.date().plus(Duration.ofDays(30));
            long ageDays = Duration.between(draft.date(), midnight).toDays();
            String status = ageDays > 60 ? "Paid" : (due.isBefore(midnight) ? "Overdue" : "Sent");
            int statusId = status.equals("Paid") ? 3 : status.equals("Overdue") ? 4 : 2;
            BigDecimal paid = status.equals("Paid") ? total : BigDecimal.ZERO.setScale(2);
            Company company = draft.company();
            JsonObject site = d.sites.get(company.sites().get(0).getInt("id"));
            Person attention = company.id() == CONTOSO ? person(SeedIds.AVA) : person(SeedIds.FAY);
            JsonObjectBuilder b = Jsons.obj().add("id", id).add("invoiceNumber", "INV-" + (10000 + id - 9000))
                    .add("type", draft.type()).add("status", Jsons.ref(statusId, status))
                    .add("company", company.ref()).add("billToCompany", company.ref())
                    .add("applyToType", draft.agreement() != null ? "Agreement" : draft.ticket() != null ? "Ticket" : "Project")
                    .add("attention", attention.name()).add("billingSite", company.sites().get(0))
                    .add("billingSiteAddressLine1", site.getString("addressLine1"))
                    .add("billingSiteCity", site.getString("city"))
                    .add("billingSiteState", site.getJsonObject("stateReference").getString("identifier"))
                    .add("billingSiteZip", site.getString("zip")).add("billingSiteCountry", "United States")
                    .add("billingTerms", Jsons.ref(1, "Net 30 Days"))
                    .add("reference", draft.lines().get(0).description().length() > 50
                            ? draft.lines().get(0).description().substring(0, 50) : draft.lines().get(0).description())
                    .add("date", Jsons.iso(draft.date())).add("dueDate", Jsons.iso(due))
                    .add("topComment", "Thank you for your business.")
                    .add("bottomComment", "Payment by bank transfer within 30 days.")
                    .add("taxableFlag", true)
                    .add("internalNotes", "Internal: check the discount before sending.")
                    .add("serviceTotal", draft.type().equals("Agreement") ? BigDecimal.ZERO.setScale(2) : subtotal)
                    .add("productTotal", BigDecimal.ZERO.setScale(2))
                    .add("agreementAmount", draft.type().equals("Agreement") ? subtotal : BigDecimal.ZERO.setScale(2))
                    .add("subtotal", subtotal).add("total", total).add("salesTax", tax)
                    .add("payments", paid).add("credits", BigDecimal.ZERO.setScale(2)).add("balance", total.subtract(paid))
                    .add("specialInvoiceFlag", false).add("locationId", 1)
                    .add("_info", info(draft.date(), "kpatel", draft.date(), "kpatel"));
            if (draft.ticket() != null) {
                b.add("ticket", draft.ticket()).add("applyToId", draft.ticket().getInt("id"));
            }
            if (draft.project() != null) {
                b.add("project", draft.project()).add("applyToId", draft.project().getInt("id"));
            }
            if (draft.agreement() != null) {
                b.add("agreement", Jsons.ref(draft.agreement(), d.agreements.get(draft.agreement()).getString("name")))
                        .add("applyToId", draft.agreement());
            }
            d.invoices.put(b.build());
            d.invoiceLines.put(id, draft.lines());
        }
    }

    // --------------------------------------------------------------------------------------------- knowledge base

    private void knowledgeBase() {
        String[][] articles = {
                {"How to reset your password", "I forgot my Windows password.",
                        "Use the self-service reset page, or call the help desk to verify your identity."},
                {"Connecting to the VPN from home", "The VPN does not connect outside the office.",
                        "Install the VPN client from the portal downloads, sign in with your work account and approve the MFA prompt."},
                {"Setting up an out-of-office reply", "How do I tell people I am away?",
                        "In Outlook choose File > Automatic Replies, write your message and set the dates."},
                {"Adding a network printer", "My new laptop does not show the office printer.",
                        "Open Settings > Printers, choose Add device and pick the printer named after your floor."},
                {"Reporting a phishing e-mail", "I received a suspicious e-mail.",
                        "Do not click links. Use the Report Message button in Outlook, then delete the e-mail."},
                {"Requesting new software", "I need an application that is not installed.",
                        "Raise a Change Request ticket with the application name and a business reason."}};
        for (int i = 0; i < articles.length; i++) {
            Instant created = setupDate.plus(Duration.ofDays(30L * (i + 1)));
            d.knowledgeBaseArticles.put(Jsons.obj().add("id", i + 1).add("title", articles[i][0])
                    .add("issue", articles[i][1]).add("resolution", articles[i][2])
                    .add("categoryId", 1 + i % 3).add("subCategoryId", 10 + i)
                    .add("dateCreated", Jsons.iso(created)).add("boardId", SeedIds.HELP_DESK_BOARD)
                    .add("locationId", 1).add("businessUnitId", 1)
                    .add("_info", info(created, "aturner", created, "aturner")).build());
        }
    }
}
