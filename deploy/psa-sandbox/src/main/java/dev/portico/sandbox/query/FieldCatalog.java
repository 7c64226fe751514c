package dev.portico.sandbox.query;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fields of one collection that conditions, orderBy and childConditions may name, with their types. It is
 * inferred from the stored records and completed by declared fields that are often absent (ConnectWise leaves
 * null fields out of its JSON). Array fields of objects carry a catalog of their elements for childConditions.
 */
public final class FieldCatalog {

    static final Pattern DATETIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

    /** ConnectWise accepts these top-level names in conditions for the values kept under {@code _info}. */
    private static final Map<String, String> INFO_ALIASES = Map.of(
            "dateentered", "_info/dateEntered",
            "lastupdated", "_info/lastUpdated",
            "enteredby", "_info/enteredBy",
            "updatedby", "_info/updatedBy");

    private final Map<String, FieldType> types;
    private final Map<String, String> canonicalByLowerCase;
    private final Map<String, FieldCatalog> children;

    private FieldCatalog(Map<String, FieldType> types, Map<String, FieldCatalog> children) {
        this.types = Collections.unmodifiableMap(types);
        this.children = Collections.unmodifiableMap(children);
        Map<String, String> lower = new HashMap<>();
        types.keySet().forEach(p -> lower.put(p.toLowerCase(Locale.ROOT), p));
        this.canonicalByLowerCase = lower;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static FieldCatalog infer(Iterable<JsonObject> records) {
        Builder b = builder();
        records.forEach(b::infer);
        return b.build();
    }

    /** The canonical spelling of a field path (case-insensitive, with the {@code _info} aliases), if known. */
    public Optional<String> resolve(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        String canonical = canonicalByLowerCase.get(lower);
        if (canonical == null && INFO_ALIASES.containsKey(lower)) {
            canonical = canonicalByLowerCase.get(INFO_ALIASES.get(lower).toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(canonical);
    }

    public FieldType type(String canonicalPath) {
        return types.get(canonicalPath);
    }

    /** The element catalog of an array field, or null when the field is not an array of objects. */
    public FieldCatalog child(String canonicalPath) {
        return children.get(canonicalPath);
    }

    public Set<String> paths() {
        return types.keySet();
    }

    public Builder toBuilder() {
        Builder b = builder();
        types.forEach(b::declare);
        children.forEach(b::declareChild);
        return b;
    }

    /** Collects field types; later observations widen earlier ones (see {@link FieldType#merge}). */
    public static final class Builder {

        private final Map<String, FieldType> types = new LinkedHashMap<>();
        private final Map<String, Builder> children = new LinkedHashMap<>();

        public Builder declare(String path, FieldType type) {
            int slash = path.lastIndexOf('/');
            if (slash > 0) {
                declare(path.substring(0, slash), FieldType.OBJECT);
            }
            types.merge(path, type, FieldType::merge);
            return this;
        }

        public Builder declareChild(String path, FieldCatalog elements) {
            declare(path, FieldType.ARRAY);
            Builder child = children.computeIfAbsent(path, p -> new Builder());
            elements.types.forEach(child::declare);
            elements.children.forEach(child::declareChild);
            return this;
        }

        public Builder infer(JsonObject record) {
            walk("", record);
            return this;
        }

        private void walk(String prefix, JsonObject object) {
            for (Map.Entry<String, JsonValue> e : object.entrySet()) {
                String path = prefix + e.getKey();
                JsonValue value = e.getValue();
                switch (value.getValueType()) {
                    case OBJECT -> {
                        types.merge(path, FieldType.OBJECT, FieldType::merge);
                        walk(path + "/", (JsonObject) value);
                    }
                    case ARRAY -> {
                        types.merge(path, FieldType.ARRAY, FieldType::merge);
                        for (JsonValue element : (JsonArray) value) {
                            if (element instanceof JsonObject o) {
                                children.computeIfAbsent(path, p -> new Builder()).infer(o);
                            }
                        }
                    }
                    case STRING -> types.merge(path,
                            DATETIME.matcher(((JsonString) value).getString()).matches()
                                    ? FieldType.DATETIME : FieldType.STRING,
                            FieldType::merge);
                    case NUMBER -> types.merge(path, FieldType.NUMBER, FieldType::merge);
                    case TRUE, FALSE -> types.merge(path, FieldType.BOOLEAN, FieldType::merge);
                    case NULL -> types.merge(path, FieldType.ANY, FieldType::merge);
                    default -> throw new IllegalStateException(value.getValueType().name());
                }
            }
        }

        public FieldCatalog build() {
            Map<String, FieldCatalog> built = new LinkedHashMap<>();
            children.forEach((k, v) -> built.put(k, v.build()));
            return new FieldCatalog(new LinkedHashMap<>(types), built);
        }
    }
}
