package dev.portico.sandbox.query;

import java.util.Map;
import java.util.function.Supplier;

/**
 * What a list endpoint can be queried on: the resource name used in error messages, the field catalog (a supplier,
 * because it widens as records are written) and the extra child sources for childConditions.
 */
public record QuerySchema(String resource, Supplier<FieldCatalog> catalog, Map<String, ChildSource> children) {

    public QuerySchema {
        children = Map.copyOf(children);
    }

    public static QuerySchema of(String resource, FieldCatalog catalog) {
        return new QuerySchema(resource, () -> catalog, Map.of());
    }
}
