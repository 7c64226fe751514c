package dev.portico.psa.autotask;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.portico.psa.PageRequest;
import dev.portico.psa.PsaCallMeter;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaUnavailableException;
import dev.portico.psa.autotask.query.AtEntity;
import dev.portico.psa.autotask.query.AtFilter;
import dev.portico.psa.autotask.query.AtQuery;
import dev.portico.psa.autotask.rest.AutotaskApi;
import dev.portico.psa.autotask.rest.ZoneApi;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
 * The one door to Autotask. It finds the tenant's zone ({@code ZoneInformation}, cached), builds the REST client
 * for it (auth headers, error mapping, timeouts), and runs every call through the call budget (non-essential
 * calls refused when it is critical), the resilience policies, and the per-endpoint bulkhead. It pages with
 * Autotask's cursor, which must stay on the zone's host and the query's entity path. Gateways use nothing else
 * to reach the PSA.
 */
@ApplicationScoped
public class AutotaskConnection {

    private static final Logger LOG = Logger.getLogger(AutotaskConnection.class.getName());

    /** The tenant's zone: its API base ({@code .../ATServicesRest/V1.0/}) and when to ask again. */
    record Zone(URI apiBase, Instant expires) {
    }

    @Inject
    Config config;

    @Inject
    PsaCallMeter injectedMeter;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threadFactory;

    private AutotaskSettings settings;
    private AutotaskMappings mappings;
    private PsaCallMeter meter;
    private Executor executor;
    private ExecutorService ownedPool;
    private AtResilience resilience;
    private AtBulkhead bulkhead;
    private AtBudget budget;
    private AtRequestFilter filter;
    private AtRawHttp raw;
    private Clock clock;
    private volatile Zone zone;
    private volatile AutotaskApi api;
    private Cache<String, String> cursors;
    private Cache<String, JsonObject> metadata;

    /** For CDI. */
    protected AutotaskConnection() {
    }

    /** For plain Java and tests. */
    public AutotaskConnection(AutotaskSettings settings, AutotaskMappings mappings, PsaCallMeter meter,
            Executor executor) {
        init(settings, mappings, meter, executor, Clock.systemUTC());
    }

    @PostConstruct
    void start() {
        int threads = config.getOptionalValue("psa.fan-out.threads", Integer.class).orElse(8);
        ownedPool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                threadFactory);
        ((ThreadPoolExecutor) ownedPool).allowCoreThreadTimeOut(true);
        init(AutotaskSettings.from(config), AutotaskMappings.from(config), injectedMeter, ownedPool,
                Clock.systemUTC());
        LOG.info(() -> "Autotask adapter discovers its zone through " + settings.url() + " as "
                + settings.username() + " (" + settings.concurrentCallsPerEndpoint() + " calls per endpoint)");
    }

    private void init(AutotaskSettings settings, AutotaskMappings mappings, PsaCallMeter meter, Executor executor,
            Clock clock) {
        this.settings = settings;
        this.mappings = mappings;
        this.meter = meter;
        this.clock = clock;
        this.executor = meter.propagating(executor);
        this.resilience = new AtResilience(settings);
        this.bulkhead = new AtBulkhead(settings.concurrentCallsPerEndpoint(), settings.callTimeout());
        this.budget = new AtBudget(settings.budgetPollInterval(), settings.budgetWarnPercent(),
                settings.budgetCriticalPercent(), clock);
        this.filter = new AtRequestFilter(settings, meter);
        this.raw = new AtRawHttp(settings, filter);
        this.cursors = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(10)).build();
        this.metadata = Caffeine.newBuilder().maximumSize(100)
                .expireAfterWrite(Duration.ofSeconds(Math.max(1, mappings.cacheTtlSeconds()))).build();
    }

    @PreDestroy
    void stop() {
        closeQuietly(api);
        if (ownedPool != null) {
            ownedPool.shutdown();
        }
    }

    public AutotaskSettings settings() {
        return settings;
    }

    public AutotaskMappings mappings() {
        return mappings;
    }

    public PsaCallMeter meter() {
        return meter;
    }

    public AtBudget budget() {
        return budget;
    }

    /** The circuit breaker's state, for health pages and tests. */
    public dev.failsafe.CircuitBreaker.State circuitState() {
        return resilience.breaker().getState();
    }

    public AtBulkhead bulkhead() {
        return bulkhead;
    }

    // ---------------------------------------------------------------- zone

    /** The zone's API base ({@code https://webservicesN.autotask.net/ATServicesRest/V1.0/}), discovered once. */
    public URI apiBase() {
        return zone().apiBase();
    }

    private Zone zone() {
        Zone known = zone;
        if (known != null && clock.instant().isBefore(known.expires())) {
            return known;
        }
        synchronized (this) {
            known = zone;
            if (known != null && clock.instant().isBefore(known.expires())) {
                return known;
            }
            ZoneApi discovery = RestClientBuilder.newBuilder()
                    .baseUri(settings.url())
                    .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .property("microprofile.rest.client.disable.default.mapper", true)
                    .register(filter)
                    .register(new AtErrorMapper())
                    .build(ZoneApi.class);
            try {
                JsonObject answer = resilience.read(() -> discovery.zoneInformation(settings.username()));
                String url = answer.getString("url", "");
                URI base = URI.create(url.endsWith("/") ? url : url + "/");
                if (base.getHost() == null || !("https".equals(base.getScheme()) || "http".equals(base.getScheme()))) {
                    throw new PsaUnavailableException("Autotask zone discovery answered no usable URL", null);
                }
                Zone found = new Zone(base.resolve("V1.0/"), clock.instant().plus(settings.zoneCacheTtl()));
                LOG.info(() -> "Autotask zone " + answer.getString("zoneName", "?") + ": " + found.apiBase());
                AutotaskApi previous = api;
                api = RestClientBuilder.newBuilder()
                        .baseUri(found.apiBase())
                        .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .property("microprofile.rest.client.disable.default.mapper", true)
                        .register(filter)
                        .register(new AtErrorMapper())
                        .build(AutotaskApi.class);
                closeQuietly(previous);
                zone = found;
                return found;
            } finally {
                closeQuietly(discovery);
            }
        }
    }

    private AutotaskApi api() {
        zone();
        return api;
    }

    // ---------------------------------------------------------------- calls

    /** An idempotent read: budget, retries with backoff, circuit breaker, and the endpoint's bulkhead. */
    public <T> T read(String endpoint, boolean essential, Function<AutotaskApi, T> call) {
        budget.admit(essential);
        api();
        refreshBudget();
        return guarded(() -> resilience.read(() -> bulkhead.run(endpoint, () -> call.apply(api()))));
    }

    /** A write, sent once (a 429, which Autotask did not act on, is waited out). */
    public <T> T write(String endpoint, Function<AutotaskApi, T> call) {
        api();
        refreshBudget();
        return guarded(() -> resilience.write(() -> bulkhead.run(endpoint, () -> call.apply(api()))));
    }

    /** The REST client's calls as a function of the client (the zone's client may be rebuilt). */
    @FunctionalInterface
    public interface Function<A, T> {
        T apply(A api);
    }

    /** Starts a read on the fan-out pool; its calls still count for the caller's unit of work. */
    public <T> CompletableFuture<T> readAsync(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, executor);
    }

    /** Waits for a fan-out result, unwrapping the connector's own exceptions. */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException failure) {
            throw AtResilience.translate(failure.getCause() == null ? failure : failure.getCause());
        }
    }

    private <T> T guarded(Supplier<T> call) {
        try {
            return call.get();
        } catch (AtErrors.AtMisconfigured refused) {
            zone = null;
            throw refused;
        }
    }

    private void refreshBudget() {
        budget.refreshIfDue(() -> bulkhead.run("ThresholdInformation", () -> api.threshold()));
    }

    /** Reads the tenant's threshold now (the readiness probe), outside the retries; updates the budget. */
    public JsonObject threshold() {
        JsonObject answer = bulkhead.run("ThresholdInformation", () -> AtResilience.translated(() -> api().threshold()));
        budget.update(answer);
        return answer;
    }

    // ---------------------------------------------------------------- generic entity calls

    /** {@code GET /{Entity}/{id}}; a missing record is {@link PsaNotFoundException}. */
    public JsonObject item(AtEntity entity, long id) {
        return unwrapItem(read(entity.path(), true, client -> client.get(entity.path(), id)), entity.path());
    }

    /** Accepts {@code {item}} and {@code {items:[...]}} (seen on some entities). */
    static JsonObject unwrapItem(JsonObject answer, String what) {
        JsonValue item = answer.get("item");
        if (item != null && item.getValueType() == JsonValue.ValueType.OBJECT) {
            return item.asJsonObject();
        }
        JsonValue items = answer.get("items");
        if (items != null && items.getValueType() == JsonValue.ValueType.ARRAY && !items.asJsonArray().isEmpty()
                && items.asJsonArray().get(0).getValueType() == JsonValue.ValueType.OBJECT) {
            return items.asJsonArray().getJsonObject(0);
        }
        throw new PsaNotFoundException(what);
    }

    /** The first page of a query. */
    public AtPage query(AtQuery query, boolean essential) {
        String entity = query.entity().path();
        return page(read(entity, essential, client -> client.query(entity, query.body())));
    }

    /**
     * The page after {@code nextPageUrl}: a POST to the cursor with the same body. The cursor must point at this
     * zone's host and at {@code /V1.0/<the query's entity>/query/next}; anything else is refused and not sent.
     */
    public AtPage next(AtQuery query, String nextPageUrl, boolean essential) {
        URI cursor = checkedCursor(query.entity(), nextPageUrl);
        String entity = query.entity().path();
        return page(read(entity, essential, client -> raw.send("POST", cursor, query.body())));
    }

    URI checkedCursor(AtEntity entity, String nextPageUrl) {
        URI base = apiBase();
        URI cursor;
        try {
            cursor = URI.create(nextPageUrl);
        } catch (IllegalArgumentException malformed) {
            throw refusedCursor(nextPageUrl);
        }
        String expectedPath = base.getPath() + entity.path() + "/query/next";
        boolean sameOrigin = base.getScheme().equalsIgnoreCase(String.valueOf(cursor.getScheme()))
                && base.getHost().equalsIgnoreCase(String.valueOf(cursor.getHost()))
                && port(base) == port(cursor);
        if (!sameOrigin || cursor.getRawUserInfo() != null || cursor.getRawFragment() != null
                || cursor.getPath() == null || !cursor.getPath().equalsIgnoreCase(expectedPath)) {
            throw refusedCursor(nextPageUrl);
        }
        return cursor;
    }

    private static PsaUnavailableException refusedCursor(String url) {
        LOG.log(Level.SEVERE, "Refused an Autotask paging cursor outside the zone or the query''s entity: {0}", url);
        return new PsaUnavailableException("The PSA's paging cursor points elsewhere; refused", null);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static AtPage page(JsonObject answer) {
        List<JsonObject> items = new ArrayList<>();
        JsonValue array = answer.get("items");
        if (array != null && array.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue item : array.asJsonArray()) {
                if (item.getValueType() == JsonValue.ValueType.OBJECT) {
                    items.add(item.asJsonObject());
                }
            }
        }
        String next = null;
        JsonValue details = answer.get("pageDetails");
        if (details != null && details.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonValue url = details.asJsonObject().get("nextPageUrl");
            if (url != null && url.getValueType() == JsonValue.ValueType.STRING) {
                next = ((jakarta.json.JsonString) url).getString();
            }
        }
        return new AtPage(items, next);
    }

    /** Every record of a query, following the cursor for at most {@code maxPages} pages. */
    public List<JsonObject> all(AtQuery query, int maxPages, boolean essential) {
        List<JsonObject> items = new ArrayList<>();
        AtPage page = query(query, essential);
        items.addAll(page.items());
        for (int pages = 1; page.hasNext() && pages < maxPages; pages++) {
            page = next(query, page.nextPageUrl(), essential);
            items.addAll(page.items());
        }
        return items;
    }

    /**
     * The records of one portal page. Autotask only pages forward through a cursor, so the cursor to each page is
     * kept (per query body, which carries the scope) and a page is reached from the nearest one known.
     */
    public List<JsonObject> page(AtQuery query, PageRequest request, boolean essential) {
        int atSize = atPageSize(request.size());
        int perRequest = request.size() / atSize;
        int first = request.page() * perRequest;
        AtQuery sized = query.withMaxRecords(atSize);
        String key = sized.entity().path() + " " + sized.body();
        int start = first;
        String cursor = null;
        while (start > 0 && (cursor = cursors.getIfPresent(key + "#" + start)) == null) {
            start--;
        }
        List<JsonObject> items = new ArrayList<>();
        int index = start;
        AtPage page = start == 0 ? query(sized, essential) : next(sized, cursor, essential);
        while (true) {
            if (page.hasNext()) {
                cursors.put(key + "#" + (index + 1), page.nextPageUrl());
            }
            if (index >= first) {
                items.addAll(page.items());
            }
            if (index >= first + perRequest - 1 || !page.hasNext()) {
                return items;
            }
            index++;
            page = next(sized, page.nextPageUrl(), essential);
        }
    }

    /** Autotask pages hold at most 500 records: the largest size that divides the portal's page evenly. */
    static int atPageSize(int size) {
        if (size <= AtQuery.MAX_RECORDS) {
            return size;
        }
        for (int candidate = AtQuery.MAX_RECORDS; candidate > 1; candidate--) {
            if (size % candidate == 0) {
                return candidate;
            }
        }
        return 1;
    }

    /** {@code POST /{Entity}/query/count}. */
    public long count(AtFilter filter, boolean essential) {
        String entity = filter.entity().path();
        JsonObject answer = read(entity, essential,
                client -> client.count(entity, AtQuery.of(filter, AtQuery.MAX_RECORDS).countBody()));
        JsonNumber count = answer.getJsonNumber("queryCount");
        return count == null ? 0 : count.longValue();
    }

    /** {@code POST /{Entity}}: the new record's id. */
    public long create(AtEntity entity, JsonObject item) {
        return itemId(write(entity.path(), client -> client.create(entity.path(), item)));
    }

    /** {@code POST /{Parent}/{parentId}/{Child}}: the new child's id. */
    public long createChild(AtEntity parent, long parentId, String child, AtEntity childEntity, JsonObject item) {
        return itemId(write(childEntity.path(), client -> client.createChild(parent.path(), parentId, child, item)));
    }

    /** {@code PATCH /{Entity}} with the fields to change and the {@code id}. */
    public void patch(AtEntity entity, JsonObject item) {
        write(entity.path(), client -> raw.send("PATCH", apiBase().resolve(entity.path()), item));
    }

    /** {@code PATCH /{Parent}/{parentId}/{Child}}, for children only updated through their parent. */
    public void patchChild(AtEntity parent, long parentId, String child, AtEntity childEntity, JsonObject item) {
        write(childEntity.path(), client -> raw.send("PATCH",
                apiBase().resolve(parent.path() + "/" + parentId + "/" + child), item));
    }

    private static long itemId(JsonObject answer) {
        JsonNumber id = answer.getJsonNumber("itemId");
        if (id == null) {
            throw new PsaUnavailableException("The PSA did not say which record it created", null);
        }
        return id.longValue();
    }

    /** {@code /{Entity}/entityInformation/fields}, cached for {@code psa.cache.ttl-seconds}. */
    public JsonObject fields(AtEntity entity) {
        return metadata.get(entity.path(), path -> read(path, true, client -> client.fields(path)));
    }

    /** The label of a picklist value of {@code field} ({@code entityInformation/fields}), or empty. */
    public String picklistLabel(AtEntity entity, String field, long value) {
        for (JsonObject option : picklist(entity, field)) {
            if (String.valueOf(value).equals(option.getString("value", ""))) {
                return option.getString("label", "");
            }
        }
        return "";
    }

    /** The picklist values of {@code field}, as Autotask lists them (active and inactive). */
    public List<JsonObject> picklist(AtEntity entity, String field) {
        JsonValue fields = fields(entity).get("fields");
        if (fields == null || fields.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        for (JsonValue value : fields.asJsonArray()) {
            if (value.getValueType() == JsonValue.ValueType.OBJECT
                    && field.equalsIgnoreCase(value.asJsonObject().getString("name", ""))) {
                JsonValue values = value.asJsonObject().get("picklistValues");
                if (values != null && values.getValueType() == JsonValue.ValueType.ARRAY) {
                    return values.asJsonArray().stream().filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                            .map(JsonValue::asJsonObject).toList();
                }
            }
        }
        return List.of();
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

    @Override
    public String toString() {
        Zone known = zone;
        return "Autotask " + (known == null ? settings.url() : known.apiBase()).toString().toLowerCase(Locale.ROOT);
    }
}
