package dev.portico.sandbox.autotask;

import dev.portico.sandbox.store.RecordCollection;
import dev.portico.sandbox.store.SandboxData;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One Autotask entity served over the sandbox store: the seeded records it is made of, and the view that gives a
 * seeded record its Autotask shape (null when the record is not part of the entity). Views are computed on every
 * read, so both faces always see the same data.
 *
 * @param name       the path name, e.g. {@code Tickets}
 * @param label      the singular name used in error messages, e.g. {@code Ticket}
 * @param fields     the fields the view can produce (all queryable); a view leaves out fields without a value
 * @param source     the collection holding the seeded records
 * @param idOffset   Autotask id minus seeded id (non-zero for entities derived from another record kind)
 * @param view       seeded record to Autotask record, or null
 */
public record AtEntity(String name, String label, List<String> fields, Function<SandboxData, RecordCollection> source,
                       int idOffset, BiFunction<SandboxData, JsonObject, JsonObject> view) {

    public Map<String, String> fieldIndex() {
        Map<String, String> index = new LinkedHashMap<>();
        for (String f : fields) {
            index.put(f.toLowerCase(Locale.ROOT), f);
        }
        return Collections.unmodifiableMap(index);
    }

    /** Every record of the entity in ascending id order. */
    public List<JsonObject> all(SandboxData d) {
        Collection<JsonObject> records = source.apply(d).all();
        List<JsonObject> out = new ArrayList<>(records.size());
        for (JsonObject r : records) {
            JsonObject v = view.apply(d, r);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * Walks the records in ascending Autotask id order, from the first id above {@code afterId} (null: from the
     * start), and stops when {@code visitor} answers false. Records at or below {@code afterId} are not viewed.
     */
    public void walk(SandboxData d, Long afterId, java.util.function.Predicate<JsonObject> visitor) {
        for (JsonObject r : source.apply(d).all()) {
            if (afterId != null && r.getInt("id") + (long) idOffset <= afterId) {
                continue;
            }
            JsonObject v = view.apply(d, r);
            if (v != null && !visitor.test(v)) {
                return;
            }
        }
    }

    /** One record by Autotask id, or null. */
    public JsonObject get(SandboxData d, long id) {
        long sourceId = id - idOffset;
        if (sourceId < 1 || sourceId > Integer.MAX_VALUE) {
            return null;
        }
        JsonObject r = source.apply(d).get((int) sourceId);
        return r == null ? null : view.apply(d, r);
    }
}
