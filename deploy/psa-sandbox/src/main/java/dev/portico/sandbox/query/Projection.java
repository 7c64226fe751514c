package dev.portico.sandbox.query;

import dev.portico.sandbox.store.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code fields} parameter: keeps only the listed paths ({@code id,status/name,_info/dateEntered}). A path
 * through an array applies to each element. Unknown paths are left out silently, as ConnectWise does.
 */
public final class Projection {

    private static final Map<String, String> INFO_ALIASES = Map.of(
            "dateentered", "_info/dateEntered", "lastupdated", "_info/lastUpdated");

    /** Field name (lower case) to sub-selection; an empty node means the whole value. */
    private static final class Node {
        final Map<String, Node> children = new LinkedHashMap<>();
        boolean whole;
    }

    private final Node root;

    private Projection(Node root) {
        this.root = root;
    }

    /** Null when {@code fields} is absent or blank: records are returned whole. */
    public static Projection parse(String fields) {
        if (fields == null || fields.isBlank()) {
            return null;
        }
        Node root = new Node();
        for (String raw : fields.split(",")) {
            String path = raw.trim();
            if (path.isEmpty()) {
                continue;
            }
            Node node = root;
            for (String segment : path.split("/")) {
                node = node.children.computeIfAbsent(segment.toLowerCase(Locale.ROOT), s -> new Node());
            }
            node.whole = true;
            String alias = INFO_ALIASES.get(path.toLowerCase(Locale.ROOT));
            if (alias != null) {
                Node info = root.children.computeIfAbsent("_info", s -> new Node());
                info.children.computeIfAbsent(alias.substring("_info/".length()).toLowerCase(Locale.ROOT),
                        s -> new Node()).whole = true;
            }
        }
        return new Projection(root);
    }

    public JsonObject apply(JsonObject record) {
        return project(record, root);
    }

    private static JsonObject project(JsonObject object, Node node) {
        JsonObjectBuilder b = Jsons.obj();
        for (Map.Entry<String, JsonValue> e : object.entrySet()) {
            Node child = node.children.get(e.getKey().toLowerCase(Locale.ROOT));
            if (child == null) {
                continue;
            }
            JsonValue projected = child.whole || child.children.isEmpty() ? e.getValue() : project(e.getValue(), child);
            if (projected != null) {
                b.add(e.getKey(), projected);
            }
        }
        return b.build();
    }

    private static JsonValue project(JsonValue value, Node node) {
        if (value instanceof JsonObject o) {
            return project(o, node);
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder b = Jsons.arr();
            array.forEach(element -> {
                JsonValue p = project(element, node);
                if (p != null) {
                    b.add(p);
                }
            });
            return b.build();
        }
        return null;
    }
}
