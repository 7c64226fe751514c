package dev.portico.e2e.connector;

import dev.portico.e2e.support.DemoConfig;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaCallMeter;
import dev.portico.psa.PsaHealth;
import dev.portico.psa.PsaScope;
import dev.portico.psa.account.AccountGateway;
import dev.portico.psa.account.PasswordAuthority;
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
 * The real ConnectWise adapter built in plain Java, as the portal gets it through CDI: the connector's own
 * configuration defaults plus the demo credentials ({@link DemoConfig}), aimed at a PSA base URL, with
 * per-test overrides (short timeouts, a small circuit).
 */
final class Adapter implements AutoCloseable {

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

    final ConnectWiseConnection cw;
    final PsaHealth health;
    final AccountGateway accounts;
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
        this.cw = cw;
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

    static Adapter to(URI psaBaseUrl) {
        return to(psaBaseUrl, Map.of());
    }

    /** {@code overrides}: MicroProfile Config keys (such as {@code psa.http.read-timeout-ms}) that win. */
    static Adapter to(URI psaBaseUrl, Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(DemoConfig.connectWise());
        values.put("psa.connectwise.url", psaBaseUrl.toString());
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
        ConnectWiseConnection cw = new ConnectWiseConnection(ConnectWiseSettings.from(config),
                ConnectWiseMappings.from(config), new PsaCallMeter(), executor);
        return new Adapter(cw, executor);
    }

    /** A gateway over the same connection (same circuit and caches) but without in-memory state, like a second node. */
    TicketGateway freshTicketGateway() {
        return new ConnectWiseTicketGateway(cw);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
