package dev.portico.sandbox.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.sandbox.store.Jsons;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Autotask filter engine on a handful of records: every operator, groups, and the QueryModel rules. */
class AutotaskQueryTest {

    private static final Map<String, String> FIELDS = Map.of("id", "id", "title", "title", "status", "status",
            "createdate", "createDate", "isactive", "isActive", "contactid", "contactID");

    private static final List<JsonObject> RECORDS = List.of(
            rec("{\"id\":1,\"title\":\"Printer offline\",\"status\":1,\"createDate\":\"2024-01-05T10:00:00Z\",\"isActive\":true,\"contactID\":801}"),
            rec("{\"id\":2,\"title\":\"VPN drops\",\"status\":5,\"createDate\":\"2024-02-01T00:00:00Z\",\"isActive\":false}"),
            rec("{\"id\":3,\"title\":\"New laptop for Sam\",\"status\":8,\"createDate\":\"2024-03-10T08:30:00Z\",\"isActive\":true,\"contactID\":802}"),
            rec("{\"id\":4,\"title\":\"printer toner\",\"status\":7,\"createDate\":\"2023-12-31T23:59:59Z\",\"isActive\":true,\"contactID\":801}"));

    private static JsonObject rec(String json) {
        return Jsons.parse(json).asJsonObject();
    }

    private static List<Integer> ids(String body) {
        AutotaskQuery q = AutotaskQuery.parse(Jsons.parse(body), FIELDS, "Ticket");
        return RECORDS.stream().filter(q::test).map(r -> r.getInt("id")).toList();
    }

    private static List<Integer> where(String condition) {
        return ids("{\"filter\":[" + condition + "]}");
    }

    @Test
    void comparisonOperators() {
        assertEquals(List.of(2), where("{\"op\":\"eq\",\"field\":\"status\",\"value\":5}"));
        assertEquals(List.of(1, 3, 4), where("{\"op\":\"noteq\",\"field\":\"status\",\"value\":5}"));
        assertEquals(List.of(3, 4), where("{\"op\":\"gt\",\"field\":\"status\",\"value\":5}"));
        assertEquals(List.of(2, 3, 4), where("{\"op\":\"gte\",\"field\":\"status\",\"value\":5}"));
        assertEquals(List.of(1), where("{\"op\":\"lt\",\"field\":\"status\",\"value\":5}"));
        assertEquals(List.of(1, 2), where("{\"op\":\"lte\",\"field\":\"status\",\"value\":\"5\"}"));
    }

    @Test
    void datesCompareAsInstantsAndStringsIgnoreCase() {
        assertEquals(List.of(2, 3), where("{\"op\":\"gte\",\"field\":\"createDate\",\"value\":\"2024-02-01\"}"));
        assertEquals(List.of(4), where("{\"op\":\"lt\",\"field\":\"createDate\",\"value\":\"2024-01-01T00:00:00\"}"));
        assertEquals(List.of(1), where("{\"op\":\"eq\",\"field\":\"title\",\"value\":\"PRINTER OFFLINE\"}"));
    }

    @Test
    void textOperators() {
        assertEquals(List.of(1, 4), where("{\"op\":\"beginsWith\",\"field\":\"title\",\"value\":\"printer\"}"));
        assertEquals(List.of(3), where("{\"op\":\"endsWith\",\"field\":\"title\",\"value\":\"SAM\"}"));
        assertEquals(List.of(2), where("{\"op\":\"contains\",\"field\":\"title\",\"value\":\"vpn\"}"));
    }

    @Test
    void existenceAndSetOperators() {
        assertEquals(List.of(1, 3, 4), where("{\"op\":\"exist\",\"field\":\"contactID\"}"));
        assertEquals(List.of(2), where("{\"op\":\"notExist\",\"field\":\"contactID\"}"));
        assertEquals(List.of(2, 3), where("{\"op\":\"in\",\"field\":\"id\",\"value\":[2,3,99]}"));
        assertEquals(List.of(1, 4), where("{\"op\":\"notIn\",\"field\":\"id\",\"value\":[2,3]}"));
        assertEquals(List.of(), where("{\"op\":\"noteq\",\"field\":\"contactID\",\"value\":801}").stream()
                .filter(i -> i == 2).toList(), "a record without the value matches only notExist");
    }

    @Test
    void booleansNeedTrueOrFalse() {
        assertEquals(List.of(2), where("{\"op\":\"eq\",\"field\":\"isActive\",\"value\":false}"));
        AutotaskQueryException e = assertThrows(AutotaskQueryException.class,
                () -> where("{\"op\":\"eq\",\"field\":\"isActive\",\"value\":1}"));
            }

    @Test
    void groupsAndTopLevelAnd() {
        assertEquals(List.of(1, 2), where("{\"op\":\"or\",\"items\":[{\"op\":\"eq\",\"field\":\"id\",\"value\":1},"
                + "{\"op\":\"eq\",\"field\":\"status\",\"value\":5}]}"));
        assertEquals(List.of(4), ids("{\"filter\":[{\"op\":\"eq\",\"field\":\"contactID\",\"value\":801},"
                + "{\"op\":\"or\",\"items\":[{\"op\":\"eq\",\"field\":\"status\",\"value\":7},"
                + "{\"op\":\"and\",\"items\":[{\"op\":\"eq\",\"field\":\"status\",\"value\":5},"
                + "{\"op\":\"exist\",\"field\":\"id\"}]}]}]}"));
    }

    @Test
    void unknownOperatorsAreSilentlyIgnored() {
        assertEquals(List.of(1, 2, 3, 4), where("{\"op\":\"noteExist\",\"field\":\"contactID\"}"));
        assertEquals(List.of(2), ids("{\"filter\":[{\"op\":\"isNull\",\"field\":\"title\"},"
                + "{\"op\":\"eq\",\"field\":\"status\",\"value\":5}]}"));
    }

    @Test
    void propertyNamesAndOperatorsInAnyCase() {
        assertEquals(List.of(2), ids("{\"Filter\":[{\"Op\":\"EQ\",\"Field\":\"STATUS\",\"Value\":5}],\"MaxRecords\":10}"));
    }

    @Test
    void includeFieldsKeepTheIdAndMaxRecordsIsBounded() {
        AutotaskQuery q = AutotaskQuery.parse(Jsons.parse("{\"filter\":[{\"op\":\"exist\",\"field\":\"id\"}],"
                + "\"IncludeFields\":[\"Title\",\"nope\"],\"maxRecords\":2}"), FIELDS, "Ticket");
        assertEquals(Jsons.parse("{\"id\":1,\"title\":\"Printer offline\"}"), q.project(RECORDS.get(0)));
        assertEquals(2, q.maxRecords());
        for (String max : List.of("0", "501", "1.5")) {
            AutotaskQueryException e = assertThrows(AutotaskQueryException.class, () -> AutotaskQuery.parse(Jsons.parse(
                    "{\"filter\":[{\"op\":\"exist\",\"field\":\"id\"}],\"maxRecords\":" + max + "}"), FIELDS, "Ticket"));
            assertTrue(e.getMessage().contains("MaxRecords"), e.getMessage());
        }
        assertEquals(500, AutotaskQuery.parse(Jsons.parse("{\"filter\":[{\"op\":\"exist\",\"field\":\"id\"}]}"), FIELDS,
                "Ticket").maxRecords());
        assertEquals(1, AutotaskQuery.parse(Jsons.parse("{\"filter\":[{\"op\":\"exist\",\"field\":\"id\"}],\"maxRecords\":1}"),
                FIELDS, "Ticket").maxRecords());
    }

    @Test
    void malformedQueriesAreBusinessErrors() {
        for (String body : List.of("{}", "{\"filter\":[]}", "[]",
                "{\"filter\":[{\"op\":\"eq\",\"field\":\"nope\",\"value\":1}]}",
                "{\"filter\":[{\"op\":\"eq\",\"field\":\"status\"}]}",
                "{\"filter\":[{\"op\":\"in\",\"field\":\"status\",\"value\":5}]}")) {
            AutotaskQueryException e = assertThrows(AutotaskQueryException.class, () -> ids(body), body);
                    }
        assertEquals("Unable to find nope in the Ticket entity.", assertThrows(AutotaskQueryException.class,
                () -> where("{\"op\":\"eq\",\"field\":\"nope\",\"value\":1}")).getMessage());
    }

    @Test
    void atMost500OrConditions() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 501; i++) {
            items.append(i == 0 ? "" : ",").append("{\"op\":\"eq\",\"field\":\"id\",\"value\":").append(i).append('}');
        }
        AutotaskQueryException e = assertThrows(AutotaskQueryException.class, () -> where("{\"op\":\"or\",\"items\":[" + items + "]}"));
        assertTrue(e.getMessage().contains("500 or fewer 'OR' conditions"));
        String fine = items.substring(0, items.lastIndexOf(",{"));
        assertEquals(List.of(1, 2, 3, 4), where("{\"op\":\"or\",\"items\":[" + fine + "]}"));
    }
}
