package dev.portico.e2e.connector;

import static dev.portico.e2e.connector.Adapter.AVA;
import static dev.portico.e2e.connector.Adapter.CONTOSO;
import static dev.portico.e2e.connector.Adapter.FABRIKAM;
import static dev.portico.e2e.connector.Adapter.FAY;
import static dev.portico.e2e.connector.Adapter.OLLY;
import static dev.portico.e2e.connector.Adapter.PREFIX;
import static dev.portico.e2e.connector.Adapter.SAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.portico.e2e.support.DemoServer;
import dev.portico.e2e.support.DemoServerExtension;
import dev.portico.e2e.support.PsaSandbox;
import dev.portico.psa.Download;
import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaRejectedException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.configuration.ConfigurationItem;
import dev.portico.psa.configuration.ConfigurationQuery;
import dev.portico.psa.contact.ContactDraft;
import dev.portico.psa.contact.EmailSlot;
import dev.portico.psa.contact.PortalAccess;
import dev.portico.psa.contact.ContactQuery;
import dev.portico.psa.knowledge.KnowledgeArticle;
import dev.portico.psa.reference.Site;
import dev.portico.psa.ticket.NewAttachment;
import dev.portico.psa.ticket.NewTicket;
import dev.portico.psa.ticket.NewTicketNote;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketAction;
import dev.portico.psa.ticket.TicketQuery;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Tenant isolation against the real sandbox: every read by id of a Fabrikam record while scoped to Contoso is
 * "not found", and the very same read scoped to Fabrikam succeeds (so the ids are right and only the scope
 * differs). Users who may see only their own tickets cannot read a colleague's. Every case runs once per adapter
 * ({@link ConnectWiseIsolationIT}, {@link AutotaskIsolationIT}), each against its face of the one sandbox; the
 * oracles read the sandbox's ConnectWise face, which holds the same records under the same ids.
 */
@ExtendWith(DemoServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConnectorIsolationIT {

    /** The adapter under test. */
    abstract Adapter.Kind kind();

    private static PsaSandbox sandbox;
    private static Adapter psa;

    /** Fabrikam's records, from {@code GET /v4_6_release/sandbox/info} and the sandbox API. */
    private static long fabrikamTicket;
    private static long fabrikamDocumentTicket;
    private static long fabrikamDocument;
    private static long fabrikamConfiguration;
    private static long fabrikamOpportunity;
    /** The recommendation's id as the adapter knows it (Autotask: the opportunity's quote). */
    private static long fabrikamRecommendation;
    private static long fabrikamProject;
    private static long fabrikamAgreement;
    private static long fabrikamInvoice;
    private static long fabrikamContact;
    private static long fabrikamSite;
    private static long contosoTicket;

    @BeforeAll
    void findFabrikamRecords(DemoServer server) {
        sandbox = new PsaSandbox(server);
        psa = Adapter.to(kind(), server);
        JsonObject info = sandbox.info();
        JsonObject fabrikam = company(info, FABRIKAM);
        JsonObject samples = fabrikam.getJsonObject("sampleIds");
        fabrikamTicket = samples.getJsonNumber("tickets").longValue();
        fabrikamConfiguration = samples.getJsonNumber("configurations").longValue();
        fabrikamOpportunity = samples.getJsonNumber("opportunities").longValue();
        fabrikamRecommendation = kind() == Adapter.Kind.AUTOTASK ? PsaSandbox.quoteIdOf(fabrikamOpportunity)
                : fabrikamOpportunity;
        fabrikamProject = samples.getJsonNumber("projects").longValue();
        fabrikamAgreement = samples.getJsonNumber("agreements").longValue();
        fabrikamInvoice = samples.getJsonNumber("invoices").longValue();
        fabrikamContact = samples.getJsonNumber("contacts").longValue();
        fabrikamSite = fabrikam.getJsonArray("sites").getJsonObject(0).getJsonNumber("id").longValue();
        contosoTicket = company(info, CONTOSO).getJsonObject("sampleIds").getJsonNumber("tickets").longValue();
        long[] document = firstPublicDocumentOfCompany(FABRIKAM);
        fabrikamDocumentTicket = document[0];
        fabrikamDocument = document[1];
    }

    @AfterAll
    void close() {
        if (psa != null) {
            psa.close();
        }
    }

    /** One read by id per kind of record: Contoso may not, Fabrikam may. */
    @TestFactory
    Stream<DynamicTest> eachReadByIdOfAFabrikamRecordIsNotFoundForContosoButFoundForFabrikam() {
        List<ByIdRead> reads = List.of(
                ByIdRead.of("ticket", s -> psa.tickets.get(s, fabrikamTicket),
                        t -> assertEquals(FABRIKAM, t.company().id())),
                ByIdRead.of("ticket notes", s -> psa.tickets.notes(s, fabrikamDocumentTicket),
                        notes -> assertFalse(notes.isEmpty(), "Fabrikam sees its ticket's notes")),
                ByIdRead.of("ticket attachments", s -> psa.tickets.attachments(s, fabrikamDocumentTicket),
                        list -> assertTrue(list.stream().anyMatch(a -> a.id() == fabrikamDocument), list.toString())),
                ByIdRead.of("attachment download", s -> bytes(psa.tickets.download(s, fabrikamDocumentTicket,
                        fabrikamDocument)), content -> assertTrue(content.length > 0)),
                ByIdRead.of("recommendation", s -> psa.recommendations.get(s, fabrikamRecommendation),
                        r -> assertFalse(r.lines().isEmpty(), "with its lines")),
                ByIdRead.of("project", s -> psa.projects.get(s, fabrikamProject),
                        p -> assertEquals(fabrikamProject, p.id())),
                ByIdRead.of("project phases", s -> psa.projects.phases(s, fabrikamProject),
                        phases -> assertFalse(phases.isEmpty())),
                ByIdRead.of("project work items", s -> psa.projects.workItems(s, fabrikamProject, PageRequest.first(50)),
                        page -> assertTrue(page.total() > 0 && !page.items().isEmpty())),
                ByIdRead.of("configuration item", s -> psa.configurations.get(s, fabrikamConfiguration),
                        c -> assertEquals(fabrikamConfiguration, c.id())),
                ByIdRead.of("agreement", s -> psa.finance.agreement(s, fabrikamAgreement),
                        a -> assertEquals(fabrikamAgreement, a.id())),
                ByIdRead.of("invoice", s -> psa.finance.invoice(s, fabrikamInvoice),
                        i -> assertEquals(fabrikamInvoice, i.id())),
                ByIdRead.of("invoice document", s -> bytes(psa.finance.invoiceDocument(s, fabrikamInvoice)),
                        document -> {
                            String text = new String(document, StandardCharsets.UTF_8);
                            if (kind() == Adapter.Kind.AUTOTASK) {
                                assertTrue(text.toLowerCase(java.util.Locale.ROOT).contains("<html"), "invoice markup");
                            } else {
                                assertEquals("%PDF", text.substring(0, 4));
                            }
                        }),
                ByIdRead.of("contact", s -> psa.contacts.get(s, fabrikamContact),
                        c -> assertEquals(fabrikamContact, c.id())));
        return reads.stream().map(read -> DynamicTest.dynamicTest(read.kind(), () -> read.check()));
    }

    @Test
    void theIdsUsedAboveReallyAreFabrikamRecords() {
        assertEquals(FABRIKAM, sandbox.companyOf("/service/tickets/", fabrikamTicket));
        assertEquals(FABRIKAM, sandbox.companyOf("/service/tickets/", fabrikamDocumentTicket));
        assertEquals(FABRIKAM, sandbox.companyOf("/company/configurations/", fabrikamConfiguration));
        assertEquals(FABRIKAM, sandbox.companyOf("/sales/opportunities/", fabrikamOpportunity));
        assertEquals(FABRIKAM, sandbox.companyOf("/project/projects/", fabrikamProject));
        assertEquals(FABRIKAM, sandbox.companyOf("/finance/agreements/", fabrikamAgreement));
        assertEquals(FABRIKAM, sandbox.companyOf("/finance/invoices/", fabrikamInvoice));
        assertEquals(FABRIKAM, sandbox.companyOf("/company/contacts/", fabrikamContact));
    }

    @Test
    void aFabrikamAttachmentCannotBeReachedThroughAContosoTicket() {
        assertThrows(PsaNotFoundException.class, () -> psa.tickets.download(AVA, contosoTicket, fabrikamDocument));
        assertTrue(psa.tickets.attachments(AVA, contosoTicket).stream().noneMatch(a -> a.id() == fabrikamDocument));
    }

    @Test
    void aFabrikamSiteIsNotAContosoSite() {
        List<Site> contosoSites = psa.reference.sites(AVA);
        assertFalse(contosoSites.isEmpty());
        assertTrue(contosoSites.stream().noneMatch(s -> s.id() == fabrikamSite), contosoSites.toString());
        assertTrue(psa.reference.sites(FAY).stream().anyMatch(s -> s.id() == fabrikamSite));

        assertEquals(List.of(), psa.reference.configurationItems(AVA, fabrikamSite, null));
        List<ConfigurationItem> fabrikamItems = psa.reference.configurationItems(FAY, fabrikamSite, null);
        assertFalse(fabrikamItems.isEmpty(), "Fabrikam has configuration items at its site");

        TicketQuery atFabrikamSite = TicketQuery.builder().siteId(fabrikamSite).build();
        assertEquals(0, psa.tickets.count(AVA, atFabrikamSite));
        assertTrue(psa.tickets.count(FAY, atFabrikamSite) > 0);
        assertEquals(0, psa.configurations.count(AVA, new ConfigurationQuery(null, null, null, null, null, null,
                fabrikamSite, null, null, null)));
        assertEquals(0, psa.contacts.search(AVA, new ContactQuery(null, fabrikamSite, true), PageRequest.first(10))
                .total());

        long postsBefore = sandbox.stats().endpoint(kind().ticketCreate);
        PsaRejectedException rejected = assertThrows(PsaRejectedException.class, () -> psa.tickets.create(AVA,
                new NewTicket(token(), "query", fabrikamSite, AVA.contactId(), PREFIX + " isolation site", "x",
                        null, null, false, List.of(), null, null, null)));
        assertTrue(rejected.problems().stream().anyMatch(p -> p.field().equals("site")),
                rejected.problems().toString());
        assertEquals(postsBefore, sandbox.stats().endpoint(kind().ticketCreate), "nothing was created");
    }

    /** Writes aimed at Fabrikam records from a Contoso scope are refused before anything reaches the PSA. */
    @Test
    void writesToFabrikamRecordsFromContosoAreNotFoundAndChangeNothing() {
        PsaSandbox.Stats before = sandbox.stats();
        List<Executable> writes = List.of(
                () -> psa.tickets.addNote(AVA, fabrikamTicket, NewTicketNote.quick(PREFIX + " must not arrive")),
                () -> psa.tickets.changeStatus(AVA, fabrikamTicket, TicketAction.CLOSE, null),
                () -> psa.tickets.attach(AVA, fabrikamTicket, new NewAttachment(PREFIX, "x.txt", "text/plain", 1,
                        () -> new ByteArrayInputStream(new byte[] {'x'}))),
                () -> psa.recommendations.approve(AVA, fabrikamRecommendation, PREFIX),
                () -> psa.recommendations.decline(AVA, fabrikamRecommendation, PREFIX),
                () -> psa.contacts.update(AVA, fabrikamContact, new ContactDraft("Fay", "Admin", null, null,
                        Map.of(EmailSlot.WORK, "fay.admin@fabrikam.example"), Map.of())),
                () -> psa.contacts.setPortalAccess(AVA, fabrikamContact, PortalAccess.disabled()));
        for (Executable write : writes) {
            assertThrows(PsaNotFoundException.class, write);
        }
        PsaSandbox.Stats after = sandbox.stats();
        for (String endpoint : after.byEndpoint().keySet()) {
            if (Adapter.Kind.isWrite(endpoint)) {
                assertEquals(before.endpoint(endpoint), after.endpoint(endpoint), endpoint + " was called");
            }
        }
    }

    @Test
    void aUserWhoSeesOnlyOwnTicketsCannotReadAColleaguesTicket() {
        JsonArray samsTickets = sandbox.list("/service/tickets", "company/id=" + CONTOSO + " AND contact/id="
                + SAM.contactId(), "id", 1);
        long samsTicket = samsTickets.getJsonObject(0).getJsonNumber("id").longValue();

        assertThrows(PsaNotFoundException.class, () -> psa.tickets.get(OLLY, samsTicket));
        assertThrows(PsaNotFoundException.class, () -> psa.tickets.notes(OLLY, samsTicket));
        assertThrows(PsaNotFoundException.class, () -> psa.tickets.attachments(OLLY, samsTicket));
        assertEquals(samsTicket, psa.tickets.get(SAM, samsTicket).id(), "the same read works for Sam");
        assertEquals(samsTicket, psa.tickets.get(AVA, samsTicket).id(), "and for Ava, who sees all company tickets");

        long ollysInSandbox = sandbox.count("/service/tickets", "company/id=" + CONTOSO + " AND contact/id="
                + OLLY.contactId());
        Page<Ticket> ollys = psa.tickets.search(OLLY, TicketQuery.all(), PageRequest.first(1000), null);
        assertTrue(ollysInSandbox > 0);
        assertEquals(ollysInSandbox, ollys.total(), "Olly's count is his own tickets only");
        assertEquals(ollysInSandbox, ollys.items().size());
        assertTrue(ollys.items().stream().allMatch(t -> t.contact().id() == OLLY.contactId()
                && t.company().id() == CONTOSO), "only Olly's tickets");
        assertEquals(0, psa.tickets.count(OLLY, TicketQuery.builder().contactId(SAM.contactId()).build()),
                "asking for Sam's tickets does not widen Olly's scope");
        assertEquals(ollysInSandbox, psa.tickets.count(OLLY, TicketQuery.all()));
    }

    /** Knowledge-base articles are the MSP's; their scope is the configured categories. */
    @Test
    void knowledgeArticlesOutsideTheConfiguredCategoriesAreNotFound(DemoServer server) {
        JsonArray articles = sandbox.list("/service/knowledgeBaseArticles", null, "id,categoryId", 100);
        long category = articles.getJsonObject(0).getJsonNumber("categoryId").longValue();
        List<Long> inside = new ArrayList<>();
        List<Long> outside = new ArrayList<>();
        articles.forEach(a -> (a.asJsonObject().getJsonNumber("categoryId").longValue() == category ? inside : outside)
                .add(a.asJsonObject().getJsonNumber("id").longValue()));
        assertFalse(outside.isEmpty(), "the seed has articles in more than one category");

        boolean autotask = kind() == Adapter.Kind.AUTOTASK;
        // Autotask: articles are off until the customer-visible publish values are configured
        Map<String, String> on = autotask ? Map.of("psa.autotask.knowledge-base.publish", "1") : Map.of();
        Map<String, String> inCategory = new java.util.HashMap<>(on);
        inCategory.put(autotask ? "psa.autotask.knowledge-base.category-ids" : "psa.knowledge-base.category-ids",
                String.valueOf(category));
        try (Adapter scoped = Adapter.to(kind(), server, inCategory);
             Adapter all = Adapter.to(kind(), server, on)) {
            for (long id : outside) {
                assertThrows(PsaNotFoundException.class, () -> scoped.knowledge.get(AVA, id), "article " + id);
                assertEquals(id, all.knowledge.get(AVA, id).id(), "visible when no categories are configured");
            }
            for (long id : inside) {
                assertEquals(id, scoped.knowledge.get(AVA, id).id());
            }
            Page<KnowledgeArticle> listed = scoped.knowledge.search(AVA, null, PageRequest.first(100));
            assertEquals(inside.stream().sorted().toList(), listed.items().stream().map(KnowledgeArticle::id).sorted()
                    .toList());
        }
        try (Adapter off = Adapter.to(kind(), server, autotask ? Map.of() : Map.of("psa.knowledge-base.enabled", "false"))) {
            assertThrows(PsaNotFoundException.class, () -> off.knowledge.get(AVA, inside.get(0)));
        }
    }

    private record ByIdRead(String kind, Function<PsaScope, Object> read, Consumer<Object> verify) {

        @SuppressWarnings("unchecked")
        static <T> ByIdRead of(String kind, Function<PsaScope, T> read, Consumer<T> verify) {
            return new ByIdRead(kind, read::apply, found -> verify.accept((T) found));
        }

        void check() {
            assertThrows(PsaNotFoundException.class, () -> read.apply(AVA), kind + " of Fabrikam, scoped to Contoso");
            assertThrows(PsaNotFoundException.class, () -> read.apply(SAM), kind + " of Fabrikam, scoped to Sam");
            Object found;
            try {
                found = read.apply(FAY);
            } catch (RuntimeException e) {
                throw new AssertionError(kind + " of Fabrikam must be readable scoped to Fabrikam", e);
            }
            verify.accept(found);
        }
    }

    private static JsonObject company(JsonObject info, long id) {
        return info.getJsonArray("companies").stream().map(JsonObject.class::cast)
                .filter(c -> c.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("sandbox info lists no company " + id));
    }

    /** {ticket id, document id} of the first public document on a ticket of {@code companyId}. */
    private static long[] firstPublicDocumentOfCompany(long companyId) {
        JsonArray tickets = sandbox.list("/service/tickets", "company/id=" + companyId, "id", 200);
        for (int i = 0; i < tickets.size(); i++) {
            long ticket = tickets.getJsonObject(i).getJsonNumber("id").longValue();
            JsonArray documents = sandbox.get("/system/documents?recordType=Ticket&recordId=" + ticket
                    + "&conditions=" + PsaSandbox.encode("publicFlag=true") + "&fields=id").asJsonArray();
            if (!documents.isEmpty()) {
                return new long[] {ticket, documents.getJsonObject(0).getJsonNumber("id").longValue()};
            }
        }
        return fail("no public document on any ticket of company " + companyId);
    }

    private static byte[] bytes(Download download) {
        try (download; InputStream in = download.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String token() {
        return PREFIX + "-" + UUID.randomUUID();
    }
}
