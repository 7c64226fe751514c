package dev.portico.sandbox.query;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * The elements childConditions are evaluated against when they are not an array inside the record itself, such
 * as a ticket's configurations, which ConnectWise keeps in a separate relation.
 */
public interface ChildSource {

    List<JsonObject> elements(JsonObject record);

    FieldCatalog catalog();
}
