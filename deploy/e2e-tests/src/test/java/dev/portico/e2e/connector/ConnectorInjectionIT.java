package dev.portico.e2e.connector;

import static dev.portico.e2e.connector.Adapter.AVA;
import static dev.portico.e2e.connector.Adapter.CONTOSO;
import static dev.portico.e2e.connector.Adapter.FAY;
import static dev.portico.e2e.connector.Adapter.OLLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.e2e.support.DemoServer;
import dev.portico.e2e.support.DemoServerExtension;
import dev.portico.e2e.support.PsaSandbox;
import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.PsaException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.configuration.ConfigurationItem;
import dev.portico.psa.configuration.ConfigurationQuery;
import dev.portico.psa.contact.Contact;
import dev.portico.psa.contact.ContactQuery;
import dev.portico.psa.finance.Invoice;
import dev.portico.psa.finance.InvoiceQuery;
import dev.portico.psa.knowledge.KnowledgeArticle;
import dev.portico.psa.project.Project;
import dev.portico.psa.ticket.OpenState;
import dev.portico.psa.ticket.RequestTypeCount;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile text in every free-text filter of every neutral query, against the real sandbox. Each search must
 * stay inside Contoso: its total may not exceed what the sandbox itself counts for Contoso with the text as a
 * correctly escaped literal (an injection that escaped its literal would widen the match), every returned
 * record belongs to Contoso (checked again in the sandbox), and the sandbox never answers 400 or 500.
 * Every case runs once per adapter ({@link ConnectWiseInjectionIT}, {@link AutotaskInjectionIT}). The bound is
 * counted on the face the adapter talks to: ConnectWise {@code conditions}, or an Autotask filter built here
 * with JSON-P over the fields the Autotask adapter searches.
 */
@ExtendWith(DemoServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConnectorInjectionIT {

    /** The adapter under test. */
    abstract Adapter.Kind kind();

    private static final String LONG_PREFIX = "\") OR (company/id != 0 OR \"";

    /** The strings of the issue; the long one keeps its hostile part at the start, where capping leaves it. */
    static final List<String> HOSTILE = List.of(
            "\" OR company/id != 0",
            "\\\"",
            ")",
            "%",
            LONG_PREFIX + "a".repeat(10_000 - LONG_PREFIX.length()),
            "') OR 1=1 --",
            "Ünïcødé 😀 中文",
            "x\") OR (1=1) OR (\"",
            "\\",
            "line\nbreak");

    /** The oracle uses at most this many leading characters: a shorter literal matches a superset. */
    private static final int ORACLE_PREFIX = 15;

    private static PsaSandbox sandbox;
    private static Adapter psa;
    private static Adapter.Kind kind;

    @BeforeAll
    void connect(DemoServer server) {
        sandbox = new PsaSandbox(server);
        kind = kind();
        // Autotask's knowledge base is off until its customer-visible publish values are configured
        psa = Adapter.to(kind, server, kind == Adapter.Kind.AUTOTASK
                ? java.util.Map.of("psa.autotask.knowledge-base.publish", "1") : java.util.Map.of());
    }

    @AfterAll
    void close() {
        if (psa != null) {
            psa.close();
        }
    }

    /** Every free-text filter the neutral API exposes, each with how the sandbox can bound and check it. */
    private static List<TextFilter> filters() {
        String contoso = "company/id=" + CONTOSO;
        String open = contoso + " AND closedFlag=false";
        return List.of(
                new TextFilter("ticket text", "/service/tickets", List.of("summary"), contoso, true,
                        At.of("Tickets", "title", "description"),
                        (scope, text) -> ids(psa.tickets.search(scope, TicketQuery.builder().text(text).build(),
                                PageRequest.first(100), null), Ticket::id)),
                new TextFilter("ticket text, open, own tickets only", "/service/tickets", List.of("summary"),
                        open + " AND contact/id=" + OLLY.contactId(), true,
                        At.of("Tickets", "title", "description").contact(OLLY.contactId()), (scope, text) -> ids(psa.tickets.search(
                                OLLY, TicketQuery.builder().text(text).openState(OpenState.OPEN).build(),
                                PageRequest.first(100), null), Ticket::id)),
                new TextFilter("open tickets by request type (chart)", "/service/tickets", List.of("summary"), open,
                        true, At.of("Tickets", "title", "description"), (scope, text) -> new Found(List.of(), psa.tickets.openByRequestType(scope,
                                TicketQuery.builder().text(text).build()).stream()
                                .mapToLong(RequestTypeCount::count).sum())),
                new TextFilter("contact name", "/company/contacts", List.of("firstName", "lastName"), contoso, true,
                        At.of("Contacts", "firstName", "lastName").byFirstWord(),
                        (scope, text) -> ids(psa.contacts.search(scope, new ContactQuery(text, null, true),
                                PageRequest.first(100)), Contact::id)),
                new TextFilter("configuration name", "/company/configurations", List.of("name"), contoso, true,
                        At.of("ConfigurationItems", "referenceTitle"),
                        (scope, text) -> configurations(scope,
                                new ConfigurationQuery(text, null, null, null, null, null, null, null, null, null))),
                new TextFilter("configuration serial number", "/company/configurations", List.of("serialNumber"),
                        contoso, true, At.of("ConfigurationItems", "serialNumber"), (scope, text) -> configurations(scope,
                                new ConfigurationQuery(null, null, null, null, null, null, null, text, null, null))),
                new TextFilter("configuration model number", "/company/configurations", List.of("modelNumber"),
                        contoso, true, At.NOTHING, (scope, text) -> configurations(scope,
                                new ConfigurationQuery(null, null, null, null, null, null, null, null, text, null))),
                new TextFilter("configuration tag number", "/company/configurations", List.of("tagNumber"), contoso,
                        true, At.of("ConfigurationItems", "referenceNumber"), (scope, text) -> configurations(scope,
                                new ConfigurationQuery(null, null, null, null, null, null, null, null, null, text))),
                new TextFilter("configuration items of a site (ticket form)", "/company/configurations",
                        List.of("name"), contoso + " AND activeFlag=true", true,
                        At.of("ConfigurationItems", "referenceTitle"), (scope, text) -> {
                            List<ConfigurationItem> items = new ArrayList<>();
                            for (var site : psa.reference.sites(scope)) {
                                items.addAll(psa.reference.configurationItems(scope, site.id(), text));
                            }
                            return new Found(items.stream().map(ConfigurationItem::id).toList(), items.size());
                        }),
                new TextFilter("invoice number", "/finance/invoices", List.of("invoiceNumber"), contoso, true,
                        At.of("Invoices", "invoiceNumber").exactMatch(),
                        (scope, text) -> ids(psa.finance.invoices(scope, new InvoiceQuery(text, null, false),
                                PageRequest.first(100)), Invoice::id)),
                new TextFilter("project name", "/project/projects", List.of("name"),
                        contoso + " AND doNotDisplayInPortalFlag=false", true, At.of("Projects", "projectName"),
                        (scope, text) -> ids(
                                psa.projects.search(scope, OpenState.ANY, text, PageRequest.first(100)), Project::id)),
                new TextFilter("knowledge-base title (the MSP's articles, no company)",
                        "/service/knowledgeBaseArticles", List.of("title"), null, false,
                        At.of("KnowledgeBaseArticles", "title").noCompany(), (scope, text) -> ids(
                                psa.knowledge.search(scope, text, PageRequest.first(100)), KnowledgeArticle::id)));
    }

    @TestFactory
    Stream<DynamicContainer> hostileTextStaysInsideTheCallersCompany() {
        return filters().stream().map(filter -> DynamicContainer.dynamicContainer(filter.name(),
                HOSTILE.stream().map(text -> DynamicTest.dynamicTest(describe(text), () -> filter.check(text)))));
    }

    /** The checks above are only meaningful if each filter, given real text, finds rows (and only Contoso's). */
    @Test
    void eachFilterFindsRowsForRealText() {
        for (TextFilter filter : filters()) {
            String real = filter.sampleText(kind == Adapter.Kind.AUTOTASK && filter.autotask().exact());
            Found found = filter.check(real);
            if (kind == Adapter.Kind.AUTOTASK && filter.autotask() == At.NOTHING) {
                assertEquals(0, found.total(), filter.name() + ": Autotask has no such field, so nothing matches");
                continue;
            }
            assertTrue(found.total() > 0, filter.name() + " finds rows for «" + real + "»");
        }
    }

    @Test
    void fabrikamTextFindsNothingFromContoso() {
        String fabrikamName = sandbox.list("/company/configurations", "company/id=" + Adapter.FABRIKAM, "name", 1)
                .getJsonObject(0).getString("name");
        ConfigurationQuery byName = new ConfigurationQuery(fabrikamName, null, null, null, null, null, null, null,
                null, null);
        assertEquals(0, psa.configurations.count(AVA, byName), "Fabrikam's device names are not found from Contoso");
        assertTrue(psa.configurations.count(FAY, byName) > 0, "but are from Fabrikam");
        String fabrikamSummary = sandbox.list("/service/tickets", "company/id=" + Adapter.FABRIKAM, "summary", 1)
                .getJsonObject(0).getString("summary");
        long contosoHasIt = kind == Adapter.Kind.AUTOTASK
                ? At.of("Tickets", "title", "description").count(fabrikamSummary, false)
                : sandbox.count("/service/tickets", "company/id=" + CONTOSO + " AND summary contains "
                        + PsaSandbox.quote(fabrikamSummary));
        assertEquals(contosoHasIt, psa.tickets.count(AVA, TicketQuery.builder().text(fabrikamSummary).build()));
    }

    /**
     * @param scopeConditions the sandbox conditions for the rows the search may return at most, without the text
     * @param companyOwned the rows belong to a company, so each returned one is checked to be Contoso's
     */
    private record TextFilter(String name, String sandboxPath, List<String> fields, String scopeConditions,
            boolean companyOwned, At autotask, BiFunction<PsaScope, String, Found> search) {

        Found check(String text) {
            PsaSandbox.Stats before = sandbox.stats();
            Found found;
            try {
                found = search.apply(AVA, text);
            } catch (PsaException e) {
                // The connector caps over-long text instead of rejecting it, so no input here may fail.
                throw new AssertionError(name + " failed for " + describe(text) + ": " + e, e);
            }
            PsaSandbox.Stats after = sandbox.stats();
            for (int status : new int[] {400, 500}) {
                assertEquals(before.status(status), after.status(status),
                        name + " made the sandbox answer " + status + " for " + describe(text));
            }
            long bound = kind == Adapter.Kind.AUTOTASK ? autotask.count(text, true)
                    : sandbox.count(sandboxPath, oracle(text));
            assertTrue(found.total() <= bound, name + " found " + found.total() + " rows for " + describe(text)
                    + ", more than the " + bound + " the sandbox has for it");
            if (companyOwned && !found.ids().isEmpty()) {
                String ids = found.ids().stream().map(String::valueOf).collect(Collectors.joining(","));
                Set<Long> companies = sandbox.list(sandboxPath, "id in (" + ids + ")", "id,company", 1000).stream()
                        .map(r -> r.asJsonObject().getJsonObject("company").getJsonNumber("id").longValue())
                        .collect(Collectors.toSet());
                assertEquals(Set.of(CONTOSO), companies, name + " returned rows of other companies");
            }
            return found;
        }

        /** The rows in scope whose field contains the text as a correctly escaped literal (OR over the fields). */
        private String oracle(String text) {
            String literal = PsaSandbox.quote(prefix(text.strip().replace('\r', ' ').replace('\n', ' ')));
            String anyField = fields.stream().map(f -> f + " contains " + literal)
                    .collect(Collectors.joining(" OR ", "(", ")"));
            return scopeConditions == null ? anyField : scopeConditions + " AND " + anyField;
        }

        /** The first characters of a real value of the field, from a row in scope. */
        String sampleText(boolean whole) {
            String value = sandbox.list(sandboxPath, scopeConditions, fields.get(0), 1).getJsonObject(0)
                    .getString(fields.get(0));
            return whole ? value : value.substring(0, Math.min(3, value.length()));
        }
    }

    private record Found(List<Long> ids, long total) {
    }

    /**
     * The Autotask face's oracle for one filter: Contoso's records of {@code entity} (and, for own-ticket users, the
     * contact's) where any of {@code fields} contains the text's first characters. {@code firstWord}: the adapter
     * ANDs one condition per word, so the first word's matches bound it. No fields: Autotask has no such field, and
     * the search must find nothing.
     */
    private record At(String entity, List<String> fields, Long contactId, boolean firstWord, boolean companyOwned,
            boolean exact) {

        static final At NOTHING = new At("Tickets", List.of(), null, false, true, false);

        static At of(String entity, String... fields) {
            return new At(entity, List.of(fields), null, false, true, false);
        }

        At contact(long id) {
            return new At(entity, fields, id, firstWord, companyOwned, exact);
        }

        At byFirstWord() {
            return new At(entity, fields, contactId, true, companyOwned, exact);
        }

        At noCompany() {
            return new At(entity, fields, contactId, firstWord, false, exact);
        }

        /** The adapter matches the whole value ({@code eq}), so real text is a whole value; the bound stays a superset. */
        At exactMatch() {
            return new At(entity, fields, contactId, firstWord, companyOwned, true);
        }

        long count(String text, boolean prefixOnly) {
            if (fields.isEmpty()) {
                return 0;
            }
            String literal = text.strip();
            if (firstWord && !literal.isEmpty()) {
                literal = literal.split("\\s+")[0];
            }
            if (prefixOnly) {
                literal = prefix(literal.replace('\r', ' ').replace('\n', ' '));
            }
            jakarta.json.JsonArrayBuilder filter = jakarta.json.Json.createArrayBuilder();
            if (companyOwned) {
                filter.add(jakarta.json.Json.createObjectBuilder().add("op", "eq").add("field", "companyID")
                        .add("value", CONTOSO));
            }
            if (contactId != null) {
                filter.add(jakarta.json.Json.createObjectBuilder().add("op", "eq").add("field", "contactID")
                        .add("value", contactId));
            }
            jakarta.json.JsonArrayBuilder any = jakarta.json.Json.createArrayBuilder();
            for (String field : fields) {
                any.add(jakarta.json.Json.createObjectBuilder().add("op", "contains").add("field", field)
                        .add("value", literal));
            }
            filter.add(jakarta.json.Json.createObjectBuilder().add("op", "or").add("items", any));
            return sandbox.autotaskCount(entity, filter.build());
        }
    }

    private static <T> Found ids(Page<T> page, java.util.function.ToLongFunction<T> id) {
        return new Found(page.items().stream().map(id::applyAsLong).toList(), page.total());
    }

    private static Found configurations(PsaScope scope, ConfigurationQuery query) {
        Page<ConfigurationItem> page = psa.configurations.search(scope, query, PageRequest.first(100), null);
        assertEquals(page.total(), psa.configurations.count(scope, query), "count agrees with the search total");
        return ids(page, ConfigurationItem::id);
    }

    private static String prefix(String text) {
        return text.codePointCount(0, text.length()) <= ORACLE_PREFIX ? text
                : text.substring(0, text.offsetByCodePoints(0, ORACLE_PREFIX));
    }

    private static String describe(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + " chars)" : text;
        return "«" + shown.replace("\n", "\\n") + "»";
    }
}
