package dev.portico.sandbox.store;

import dev.portico.sandbox.query.ChildSource;
import dev.portico.sandbox.query.FieldCatalog;
import dev.portico.sandbox.query.QuerySchema;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One collection of ConnectWise-shaped records keyed by id. Records are immutable {@link JsonObject}s, so an update
 * swaps one value atomically and readers never see a half-written record. An optional parent index serves child
 * lists (a ticket's notes) without scanning. The field catalog widens lazily with every record written.
 */
public final class RecordCollection {

    private final String resource;
    private final AtomicInteger sequence;
    private final Function<JsonObject, Integer> parentOf;
    private final ConcurrentSkipListMap<Integer, JsonObject> records = new ConcurrentSkipListMap<>();
    private final Map<Integer, NavigableSet<Integer>> byParent = new ConcurrentHashMap<>();
    private final FieldCatalog.Builder catalogBuilder;
    private final Queue<JsonObject> uncatalogued = new ConcurrentLinkedQueue<>();
    private final QuerySchema schema;
    private volatile FieldCatalog catalog;

    /**
     * @param resource  singular name used in error messages, e.g. {@code ticket}
     * @param sequence  id generator, shared by collections that share an id space (service and project tickets)
     * @param declared  fields that may be absent from every record but are still valid in conditions
     * @param parentOf  parent id of a record for the parent index, or null
     * @param children  childConditions sources that are not arrays inside the record
     */
    public RecordCollection(String resource, AtomicInteger sequence, FieldCatalog declared,
                            Function<JsonObject, Integer> parentOf, Map<String, ChildSource> children) {
        this.resource = resource;
        this.sequence = sequence;
        this.parentOf = parentOf;
        this.catalogBuilder = declared.toBuilder();
        this.schema = new QuerySchema(resource, this::catalog, children);
    }

    public String resource() {
        return resource;
    }

    public QuerySchema schema() {
        return schema;
    }

    public int nextId() {
        return sequence.incrementAndGet();
    }

    /** Stores a record that already carries its {@code id}; replaces any record with that id. */
    public JsonObject put(JsonObject record) {
        int id = Jsons.integer(record, "id");
        JsonObject previous = records.put(id, record);
        index(previous, record, id);
        uncatalogued.add(record);
        return record;
    }

    public JsonObject get(int id) {
        return records.get(id);
    }

    /** Live, weakly consistent view ordered by id. */
    public Collection<JsonObject> all() {
        return Collections.unmodifiableCollection(records.values());
    }

    public int size() {
        return records.size();
    }

    public List<JsonObject> childrenOf(int parentId) {
        NavigableSet<Integer> ids = byParent.get(parentId);
        List<JsonObject> result = new ArrayList<>();
        if (ids != null) {
            for (Integer id : ids) {
                JsonObject r = records.get(id);
                if (r != null) {
                    result.add(r);
                }
            }
        }
        return result;
    }

    /** Atomically replaces a record with {@code change(record)}; null when there is no such record. */
    public JsonObject update(int id, UnaryOperator<JsonObject> change) {
        JsonObject[] before = new JsonObject[1];
        JsonObject after = records.computeIfPresent(id, (k, current) -> {
            before[0] = current;
            return change.apply(current);
        });
        if (after != null) {
            index(before[0], after, id);
            uncatalogued.add(after);
        }
        return after;
    }

    public JsonObject remove(int id) {
        JsonObject removed = records.remove(id);
        if (removed != null && parentOf != null) {
            Integer parent = parentOf.apply(removed);
            if (parent != null && byParent.containsKey(parent)) {
                byParent.get(parent).remove(id);
            }
        }
        return removed;
    }

    private void index(JsonObject previous, JsonObject current, int id) {
        if (parentOf == null) {
            return;
        }
        Integer oldParent = previous == null ? null : parentOf.apply(previous);
        Integer newParent = parentOf.apply(current);
        if (oldParent != null && !oldParent.equals(newParent) && byParent.containsKey(oldParent)) {
            byParent.get(oldParent).remove(id);
        }
        if (newParent != null) {
            byParent.computeIfAbsent(newParent, p -> new ConcurrentSkipListSet<>()).add(id);
        }
    }

    public FieldCatalog catalog() {
        FieldCatalog current = catalog;
        if (current != null && uncatalogued.isEmpty()) {
            return current;
        }
        synchronized (catalogBuilder) {
            JsonObject r;
            while ((r = uncatalogued.poll()) != null) {
                catalogBuilder.infer(r);
            }
            catalog = catalogBuilder.build();
            return catalog;
        }
    }

    /** Moves the id sequence past the highest stored id (after a seed that assigned ids itself). */
    public void syncSequence() {
        if (!records.isEmpty()) {
            sequence.accumulateAndGet(records.lastKey(), Math::max);
        }
    }
}
