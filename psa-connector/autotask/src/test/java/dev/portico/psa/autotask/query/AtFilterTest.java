package dev.portico.psa.autotask.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.psa.autotask.contract.AutotaskApiContract;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class AtFilterTest {

    static final List<String> HOSTILE = List.of("\" , \"op\":\"exist\"", "\"}]},{\"op\":\"or\",\"items\":[",
            "\\\"", "noteExist", "')--", "%", "Ünïcødé ✓ \u0000\r\n", "x".repeat(10_000));

    @Test
    void everyOperatorIsWrittenAsAutotaskSpellsIt() {
        Instant when = Instant.parse("2025-01-01T10:15:30.456Z");
        JsonArray filter = AtFilter.on(AtEntity.TICKETS)
                .where("id", AtOp.EQ, 1L).where("id", AtOp.NOTEQ, 2L)
                .where("createDate", AtOp.GT, when).where("createDate", AtOp.GTE, when)
                .where("createDate", AtOp.LT, when).where("createDate", AtOp.LTE, when)
                .where("title", AtOp.BEGINS_WITH, "a").where("title", AtOp.ENDS_WITH, "b")
                .where("title", AtOp.CONTAINS, "c").where("dueDateTime", AtOp.EXIST)
                .where("dueDateTime", AtOp.NOT_EXIST).where("status", AtOp.IN, List.of(1L, 5L))
                .where("status", AtOp.NOT_IN, List.of(5)).toJson();

        List<String> ops = filter.stream().map(v -> v.asJsonObject().getString("op")).toList();
        assertEquals(List.of("eq", "noteq", "gt", "gte", "lt", "lte", "beginsWith", "endsWith", "contains", "exist",
                "notExist", "in", "notIn"), ops);
        assertEquals("2025-01-01T10:15:30Z", filter.getJsonObject(2).getString("value"));
        assertTrue(!filter.getJsonObject(9).containsKey("value"), "exist takes no value");
        assertEquals(Json.createArrayBuilder().add(1).add(5).build(), filter.getJsonObject(11).getJsonArray("value"));
        assertTrue(AutotaskApiContract.filterProblems(Json.createObjectBuilder().add("filter", filter).build().toString())
                .isEmpty());
    }

    @Test
    void groupsNestAsAutotaskReadsThem() {
        JsonArray filter = AtFilter.on(AtEntity.TICKETS).in("companyID", List.of(175L))
                .anyOf(any -> any.eq("contactID", 3L).allOf(all -> all.eq("status", 1L).eq("priority", 2L)))
                .anyOf(empty -> { })
                .toJson();

        assertEquals(2, filter.size(), "an empty group adds nothing");
        JsonObject or = filter.getJsonObject(1);
        assertEquals("or", or.getString("op"));
        assertEquals("and", or.getJsonArray("items").getJsonObject(1).getString("op"));
        assertEquals(2, or.getJsonArray("items").getJsonObject(1).getJsonArray("items").size());
    }

    @Test
    void onlyWhitelistedFieldsOperatorsAndValueTypesCanBeBuilt() {
        AtFilter tickets = AtFilter.on(AtEntity.TICKETS);
        assertThrows(IllegalArgumentException.class, () -> tickets.eq("secret", 1L), "unknown field");
        assertThrows(IllegalArgumentException.class, () -> tickets.eq("TITLE", "x"), "field names are exact");
        assertThrows(IllegalArgumentException.class, () -> tickets.where("status", AtOp.CONTAINS, "1"), "op on type");
        assertThrows(IllegalArgumentException.class, () -> tickets.eq("status", "1"), "text for a number");
        assertThrows(IllegalArgumentException.class, () -> tickets.eq("title", 1L), "number for text");
        assertThrows(IllegalArgumentException.class, () -> tickets.eq("title", null), "null value");
        assertThrows(IllegalArgumentException.class, () -> tickets.where("status", AtOp.EQ), "eq needs a value");
        assertThrows(IllegalArgumentException.class, () -> tickets.where("status", AtOp.EXIST, 1L), "exist takes none");
        assertThrows(IllegalArgumentException.class, () -> tickets.in("status", List.of()), "empty list");
        assertThrows(IllegalArgumentException.class, () -> tickets.eq("status", List.of(1L)), "list for eq");
        assertThrows(IllegalArgumentException.class,
                () -> tickets.in("status", Collections.nCopies(501, 1L)), "more than 500 OR conditions");
        assertThrows(IllegalArgumentException.class, () -> AtFilter.on(AtEntity.TICKET_NOTES).eq("title", "x"),
                "each entity has its own whitelist");
        assertTrue(tickets.isEmpty(), "nothing was added by the refused calls");
    }

    @Test
    void hostileTextOnlyEverBecomesOneStringValue() {
        for (String text : HOSTILE) {
            JsonArray filter = AtFilter.on(AtEntity.TICKETS).in("companyID", List.of(175L))
                    .anyOf(any -> any.where("title", AtOp.CONTAINS, text).where("description", AtOp.CONTAINS, text))
                    .toJson();
            JsonArray reparsed = Json.createReader(new java.io.StringReader(filter.toString())).readArray();

            Set<String> fields = new TreeSet<>();
            Set<String> ops = new TreeSet<>();
            List<String> values = new ArrayList<>();
            walk(reparsed, fields, ops, values);
            assertEquals(Set.of("companyID", "title", "description"), fields);
            assertEquals(Set.of("in", "or", "contains"), ops);
            String expected = text.length() > AtFilter.MAX_TEXT ? text.substring(0, AtFilter.MAX_TEXT) : text;
            assertEquals(List.of(expected, expected), values);
        }
    }

    private static void walk(JsonArray items, Set<String> fields, Set<String> ops, List<String> values) {
        for (JsonValue value : items) {
            JsonObject item = value.asJsonObject();
            ops.add(item.getString("op"));
            if (item.containsKey("items")) {
                walk(item.getJsonArray("items"), fields, ops, values);
                continue;
            }
            fields.add(item.getString("field"));
            if (item.get("value").getValueType() == JsonValue.ValueType.STRING) {
                values.add(item.getString("value"));
            }
        }
    }

    @Test
    void aQueryBodyHasItsPageSizeAndKeepsIdInAProjection() {
        AtQuery query = new AtQuery(AtFilter.on(AtEntity.TICKETS).eq("id", 1L), 25, List.of("id", "title"));
        assertEquals(25, query.body().getInt("maxRecords"));
        assertEquals(List.of("id", "title"), query.body().getJsonArray("includeFields").getValuesAs(
                jakarta.json.JsonString::getString));
        assertTrue(!query.countBody().containsKey("maxRecords"));
        assertThrows(IllegalArgumentException.class, () -> new AtQuery(AtFilter.on(AtEntity.TICKETS), 501, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new AtQuery(AtFilter.on(AtEntity.TICKETS), 10, List.of("title")));
        assertEquals("exist", AtQuery.of(AtFilter.on(AtEntity.KNOWLEDGE_BASE_ARTICLES), 10).body()
                .getJsonArray("filter").getJsonObject(0).getString("op"));
    }
}
