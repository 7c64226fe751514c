package dev.portico.e2e.connector;

import dev.failsafe.CircuitBreaker;
import dev.portico.e2e.support.DemoConfig;
import dev.portico.e2e.support.DemoServer;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaCallMeter;
import dev.portico.psa.PsaHealth;
import dev.portico.psa.PsaScope;
import dev.portico.psa.account.AccountGateway;
import dev.portico.psa.account.PasswordAuthority;
import dev.portico.psa.autotask.AutotaskConnection;
import dev.portico.psa.autotask.AutotaskHealth;
import dev.portico.psa.autotask.AutotaskMappings;
import dev.portico.psa.autotask.AutotaskSettings;
import dev.portico.psa.autotask.account.AutotaskAccountGateway;
import dev.portico.psa.autotask.configuration.AutotaskConfigurationGateway;
import dev.portico.psa.autotask.contact.AutotaskContactGateway;
import dev.portico.psa.autotask.finance.AutotaskFinanceGateway;
import dev.portico.psa.autotask.knowledge.AutotaskKnowledgeBase;
import dev.portico.psa.autotask.project.AutotaskProjectGateway;
import dev.portico.psa.autotask.recommendation.AutotaskRecommendationGateway;
import dev.portico.psa.autotask.reference.AutotaskReferenceData;
import dev.portico.psa.autotask.ticket.AutotaskTicketGateway;
import dev.portico.psa.configuration.ConfigurationGateway;
import dev.portico.psa.connectwise.ConnectWiseConnection;
import dev.portico.psa.connectwise.ConnectWiseHealth;
import dev.portico.psa.connectwise.ConnectWiseMappings;
import dev.portico.psa.connectwise.ConnectWiseSettings;
import dev.portico.psa.connectwise.account.ConnectWiseAccountGateway;
import dev.portico.psa.connectwise.account.ConnectWisePasswordAuthority;
import dev.portico.psa.connectwise.configuration.ConnectWiseConfigurationGateway;
import dev.portico.psa.connectwise.contact.ConnectWiseContactGateway;
import dev.portico.psa.connectwise.finance.ConnectWiseFinanceGateway;
import dev.portico.psa.connectwise.knowledge.ConnectWiseKnowledgeBase;
import dev.portico.psa.connectwise.project.ConnectWiseProjectGateway;
import dev.portico.psa.connectwise.recommendation.ConnectWiseRecommendationGateway;
import dev.portico.psa.connectwise.reference.ConnectWiseReferenceData;
import dev.portico.psa.connectwise.ticket.ConnectWiseTicketGateway;
import dev.portico.psa.contact.ContactGateway;
import dev.portico.psa.finance.FinanceGateway;
import dev.portico.psa.knowledge.KnowledgeBaseGateway;
import dev.portico.psa.project.ProjectGateway;
import dev.portico.psa.recommendation.RecommendationGateway;
import dev.portico.psa.reference.ReferenceDataGateway;
import dev.portico.psa.ticket.TicketGateway;
import dev.portico.psa.ticket.TicketQuery;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.net.URI;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.Config;

/**
 * A real PSA adapter built in plain Java, as the portal gets it through CDI: the connector's own configuration
 * defaults plus the demo credentials ({@link DemoConfig}), aimed at one face of the sandbox, with per-test
 * overrides (short timeouts, a small circuit). {@link Kind} says which adapter and face; the connector suites run
 * every case once per kind, through the neutral gateways, so the same promises are checked for both PSAs.
 */
final class Adapter implements AutoCloseable {

    /** The two adapters, with what differs in how the sandbox sees their calls. */
    enum Kind {
        CONNECTWISE("GET /service/tickets/count", "POST /service/tickets", "GET /service/tickets"),
        AUTOTASK("POST /atservicesrest/V1.0/Tickets/query/count", "POST /atservicesrest/V1.0/Tickets",
                "POST /atservicesrest/V1.0/Tickets/query");

        /** The sandbox's call-statistics key of a ticket count. */
        final String ticketCount;
        /** ... of a ticket create. */
        final String ticketCreate;
        /** ... of the ticket list query that looks an idempotency token up. */
        final String ticketLookup;

        Kind(String ticketCount, String ticketCreate, String ticketLookup) {
            this.ticketCount = ticketCount;
            this.ticketCreate = ticketCreate;
            this.ticketLookup = ticketLookup;
        }

        /** Whether a call-statistics key is a write (Autotask's queries are POSTs, but read). */
        static boolean isWrite(String endpoint) {
            if (endpoint.startsWith("GET ")) {
                return false;
            }
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            return !(path.endsWith("/query") || path.endsWith("/query/count") || path.endsWith("/query/next"));
        }
    }

    static final long CONTOSO = 250;
    static final long FABRIKAM = 251;

    /** Ava: Contoso company administrator, every permission. */
    static final PsaScope AVA = new PsaScope(CONTOSO, 801, EnumSet.allOf(Permission.class));
    /**
     * Sam: Contoso, sees all company tickets and may read its projects, configurations, finance and
     * recommendations (so that reads by id get as far as the tenant check), but manages no contacts.
     */
    static final PsaScope SAM = new PsaScope(CONTOSO, 802, EnumSet.of(Permission.VIEW_COMPANY_TICKETS,
            Permission.CREATE_TICKETS, Permission.APPROVE_TICKETS, Permission.VIEW_PROJECTS,
            Permission.VIEW_CONFIGURATIONS, Permission.VIEW_FINANCE, Permission.VIEW_RECOMMENDATIONS));
    /** Olly: Contoso, own tickets only (no VIEW_COMPANY_TICKETS). */
    static final PsaScope OLLY = new PsaScope(CONTOSO, 803, EnumSet.of(Permission.CREATE_TICKETS));
    /** Fay: Fabrikam company administrator, every permission. */
    static final PsaScope FAY = new PsaScope(FABRIKAM, 820, EnumSet.allOf(Permission.class));

    /** Every record these tests create starts with this, so other tests and people can tell them apart. */
    static final String PREFIX = "e2e-connector";

    final Kind kind;
    /** The ConnectWise connection, or null for Autotask. */
    final ConnectWiseConnection cw;
    /** The Autotask connection, or null for ConnectWise. */
    final AutotaskConnection at;
    final PsaHealth health;
    final AccountGateway accounts;
    /** Null for Autotask, whose API cannot check portal passwords. */
    final PasswordAuthority passwords;
    final TicketGateway tickets;
    final ReferenceDataGateway reference;
    final RecommendationGateway recommendations;
    final ProjectGateway projects;
    final ConfigurationGateway configurations;
    final FinanceGateway finance;
    final ContactGateway contacts;
    final KnowledgeBaseGateway knowledge;
    private final ExecutorService executor;

    private Adapter(ConnectWiseConnection cw, ExecutorService executor) {
        this.kind = Kind.CONNECTWISE;
        this.cw = cw;
        this.at = null;
        this.executor = executor;
        this.health = new ConnectWiseHealth(cw);
        this.accounts = new ConnectWiseAccountGateway(cw);
        this.passwords = new ConnectWisePasswordAuthority(cw);
        this.tickets = new ConnectWiseTicketGateway(cw);
        this.reference = new ConnectWiseReferenceData(cw);
        this.recommendations = new ConnectWiseRecommendationGateway(cw);
        this.projects = new ConnectWiseProjectGateway(cw);
        this.configurations = new ConnectWiseConfigurationGateway(cw);
        this.finance = new ConnectWiseFinanceGateway(cw);
        this.contacts = new ConnectWiseContactGateway(cw);
        this.knowledge = new ConnectWiseKnowledgeBase(cw);
    }

    private Adapter(AutotaskConnection at, ExecutorService executor) {
        this.kind = Kind.AUTOTASK;
        this.cw = null;
        this.at = at;
        this.executor = executor;
        this.health = new AutotaskHealth(at);
        this.accounts = new AutotaskAccountGateway(at);
        this.passwords = null;
        this.tickets = new AutotaskTicketGateway(at);
        this.reference = new AutotaskReferenceData(at);
        this.recommendations = new AutotaskRecommendationGateway(at);
        this.projects = new AutotaskProjectGateway(at);
        this.configurations = new AutotaskConfigurationGateway(at);
        this.finance = new AutotaskFinanceGateway(at);
        this.contacts = new AutotaskContactGateway(at);
        this.knowledge = new AutotaskKnowledgeBase(at);
    }

    static Adapter to(Kind kind, DemoServer server) {
        return to(kind, server, Map.of());
    }

    /** {@code overrides}: MicroProfile Config keys (such as {@code psa.http.read-timeout-ms}) that win. */
    static Adapter to(Kind kind, DemoServer server, Map<String, String> overrides) {
        return to(kind, kind == Kind.CONNECTWISE ? server.psaBaseUrl() : server.autotaskUrl(), overrides);
    }

    /** The ConnectWise adapter aimed at any ConnectWise-shaped base URL (such as a recording proxy). */
    static Adapter to(URI connectWiseBaseUrl) {
        return to(Kind.CONNECTWISE, connectWiseBaseUrl, Map.of());
    }

    /** {@code url}: the ConnectWise API base, or the Autotask zone-discovery root. */
    private static Adapter to(Kind kind, URI url, Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>();
        if (kind == Kind.CONNECTWISE) {
            values.putAll(DemoConfig.connectWise());
            values.put("psa.connectwise.url", url.toString());
        } else {
            values.putAll(DemoConfig.autotask());
            values.put("psa.autotask.url", url.toString());
        }
        values.putAll(overrides);
        Config config = new SmallRyeConfigBuilder()
                .addDefaultSources()
                .withSources(new PropertiesConfigSource(values, "e2e-connector-test", 900))
                .build();
        ExecutorService executor = Executors.newFixedThreadPool(8, task -> {
            Thread thread = new Thread(task, "e2e-connector-fan-out");
            thread.setDaemon(true);
            return thread;
        });
        if (kind == Kind.CONNECTWISE) {
            return new Adapter(new ConnectWiseConnection(ConnectWiseSettings.from(config),
                    ConnectWiseMappings.from(config), new PsaCallMeter(), executor), executor);
        }
        return new Adapter(new AutotaskConnection(AutotaskSettings.from(config), AutotaskMappings.from(config),
                new PsaCallMeter(), executor), executor);
    }

    /** Every call the adapter made (attempts included). */
    PsaCallMeter meter() {
        return kind == Kind.CONNECTWISE ? cw.meter() : at.meter();
    }

    CircuitBreaker.State circuitState() {
        return kind == Kind.CONNECTWISE ? cw.circuitState() : at.circuitState();
    }

    /** A gateway over the same connection (same circuit and caches) but without in-memory state, like a second node. */
    TicketGateway freshTicketGateway() {
        return kind == Kind.CONNECTWISE ? new ConnectWiseTicketGateway(cw) : new AutotaskTicketGateway(at);
    }

    /** Loads what a create looks up and caches (zone, picklists, lookups), so that fault knobs hit only the calls under test. */
    void warmReferenceData() {
        tickets.search(AVA, TicketQuery.all(), dev.portico.psa.PageRequest.first(1), null);
        if (kind == Kind.CONNECTWISE) {
            cw.lookups().resolve("query");
            cw.lookups().priorities();
            cw.lookups().portalSource();
            cw.lookups().sites(CONTOSO);
        } else {
            reference.priorities();
            reference.ticketStatuses();
            reference.sites(AVA);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " adapter";
    }
}
