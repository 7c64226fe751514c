package dev.portico.psa.connectwise;

import dev.failsafe.CircuitBreaker;
import dev.portico.psa.PsaCallMeter;
import dev.portico.psa.connectwise.rest.CompanyClient;
import dev.portico.psa.connectwise.rest.SalesClient;
import dev.portico.psa.connectwise.rest.ServiceClient;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The one door to ConnectWise: builds the REST clients (auth, version, error mapping, timeouts), runs
 * every call through the resilience policies and the call meter, and fans independent calls out in
 * parallel. Gateways use nothing else to reach the PSA.
 *
 * <p>In a container the fan-out pool is built on the server's managed thread factory, sized by
 * {@code psa.fan-out.threads}: Payara's default managed executor has a core size of 0 and an unbounded
 * queue, so it would run the "parallel" calls one after the other.
 */
@ApplicationScoped
public class ConnectWiseConnection {

    private static final Logger LOG = Logger.getLogger(ConnectWiseConnection.class.getName());

    @Inject
    Config config;

    @Inject
    PsaCallMeter injectedMeter;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threadFactory;

    private ConnectWiseSettings settings;
    private ConnectWiseMappings mappings;
    private CwLookups lookups;
    private PsaCallMeter meter;
    private Executor executor;
    private ExecutorService ownedPool;
    private CwResilience resilience;
    private CwRequestFilter filter;
    private CwRawHttp raw;
    private final Map<Class<?>, Object> clients = new ConcurrentHashMap<>();

    /** For CDI. */
    protected ConnectWiseConnection() {
    }

    /** For plain Java and tests, with the connector's built-in mappings. */
    public ConnectWiseConnection(ConnectWiseSettings settings, PsaCallMeter meter, Executor executor) {
        this(settings, ConnectWiseMappings.builtIn(), meter, executor);
    }

    /** For plain Java and tests. */
    public ConnectWiseConnection(ConnectWiseSettings settings, ConnectWiseMappings mappings, PsaCallMeter meter,
            Executor executor) {
        init(settings, mappings, meter, executor);
    }

    @PostConstruct
    void start() {
        int threads = config.getOptionalValue("psa.fan-out.threads", Integer.class).orElse(8);
        ownedPool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                threadFactory);
        ((ThreadPoolExecutor) ownedPool).allowCoreThreadTimeOut(true);
        init(ConnectWiseSettings.from(config), ConnectWiseMappings.from(config), injectedMeter, ownedPool);
        LOG.info(() -> "ConnectWise adapter targets " + settings.url() + " (API version " + settings.apiVersion() + ")");
    }

    private void init(ConnectWiseSettings settings, ConnectWiseMappings mappings, PsaCallMeter meter,
            Executor executor) {
        this.settings = settings;
        this.mappings = mappings;
        this.meter = meter;
        this.executor = meter.propagating(executor);
        this.resilience = new CwResilience(settings);
        this.filter = new CwRequestFilter(settings, meter);
        this.raw = new CwRawHttp(settings, filter);
        this.lookups = new CwLookups(mappings, settings.maxPageSize(), resilience, () -> client(ServiceClient.class),
                () -> client(CompanyClient.class), () -> client(SalesClient.class));
    }

    @PreDestroy
    void stop() {
        clients.values().forEach(ConnectWiseConnection::closeQuietly);
        clients.clear();
        if (ownedPool != null) {
            ownedPool.shutdown();
        }
    }

    /** The REST client for one ConnectWise area, built once. */
    public <T> T client(Class<T> api) {
        return api.cast(clients.computeIfAbsent(api, type -> build(type, settings.connectTimeout(), settings.readTimeout())));
    }

    /** A separate client whose connect and read timeouts are at most {@code timeout}, e.g. for the readiness probe. */
    public <T> T clientWithTimeout(Class<T> api, Duration timeout) {
        Duration connect = settings.connectTimeout().compareTo(timeout) < 0 ? settings.connectTimeout() : timeout;
        return build(api, connect, timeout);
    }

    /** PATCH and multipart, which Jersey's HttpURLConnection transport cannot send; see {@link CwRawHttp}. */
    public CwRawHttp raw() {
        return raw;
    }

    /** Runs an idempotent read: timeout, 429 waits, retries with backoff, circuit breaker. */
    public <T> T read(Supplier<T> call) {
        return resilience.read(call);
    }

    /** Runs a write once (a 429, which the PSA did not act on, is waited out): timeout and circuit breaker. */
    public <T> T write(Supplier<T> call) {
        return resilience.write(call);
    }

    public void write(Runnable call) {
        resilience.write(() -> {
            call.run();
            return null;
        });
    }

    /** Starts a read on the fan-out pool; its calls still count for the caller's unit of work. */
    public <T> CompletableFuture<T> readAsync(Supplier<T> call) {
        return CompletableFuture.supplyAsync(() -> read(call), executor);
    }

    /** Waits for a fan-out result, unwrapping the connector's own exceptions. */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException failure) {
            throw CwResilience.translate(failure.getCause() == null ? failure : failure.getCause());
        }
    }

    public ConnectWiseSettings settings() {
        return settings;
    }

    public ConnectWiseMappings mappings() {
        return mappings;
    }

    /** Cached reference data (boards, statuses, priorities, sites...). */
    public CwLookups lookups() {
        return lookups;
    }

    public PsaCallMeter meter() {
        return meter;
    }

    public Executor executor() {
        return executor;
    }

    /** Exposed for tests and health pages. */
    public CircuitBreaker.State circuitState() {
        return resilience.breaker().getState();
    }

    private <T> T build(Class<T> api, Duration connectTimeout, Duration readTimeout) {
        return CwLiteralQueries.wrap(api, RestClientBuilder.newBuilder()
                .baseUri(settings.url())
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .property("microprofile.rest.client.disable.default.mapper", true)
                .register(filter)
                .register(new CwErrorMapper())
                .build(api));
    }

    static void closeQuietly(Object client) {
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "Closing a PSA client failed", e);
            }
        }
    }
}
