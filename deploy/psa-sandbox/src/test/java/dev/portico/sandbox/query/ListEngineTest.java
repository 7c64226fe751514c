package dev.portico.sandbox.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.sandbox.store.Jsons;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ListEngineTest {

    private static final QuerySchema TICKETS = QueryFixtures.ticketSchema();

    private static ListParams params(String... pairs) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            query.put(pairs[i], List.of(pairs[i + 1]));
        }
        return ListParams.from(query, false);
    }

    private static List<Integer> ids(ListResult r) {
        return r.items().stream().map(t -> Jsons.integer(t, "id")).toList();
    }

    private static List<JsonObject> many(int n) {
        List<JsonObject> records = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            records.add(QueryFixtures.ticket(i, "Ticket " + i, i % 2 == 0 ? 250 : 251, "New", false,
                    "2024-01-01T00:00:00Z", null));
        }
        return records;
    }

    @Nested
    class Paging {

        @Test
        void defaultsToPageOneOfTwentyFive() {
            ListResult r = ListEngine.list(many(60), TICKETS, params());
            assertEquals(25, r.items().size());
            assertEquals(60, r.total());
            assertEquals(1, ids(r).get(0));
            assertEquals(3, r.lastPage());
        }

        @Test
        void pagesAreOneBased() {
            ListResult r = ListEngine.list(many(60), TICKETS, params("page", "3", "pageSize", "25"));
            assertEquals(List.of(51, 52, 53, 54, 55, 56, 57, 58, 59, 60), ids(r));
        }

        @Test
        void pageBeyondTheEndIsEmpty() {
            assertEquals(List.of(), ids(ListEngine.list(many(10), TICKETS, params("page", "5"))));
        }

        @Test
        void thousandIsTheMaximumPageSize() {
            assertEquals(1000, ListEngine.list(many(1200), TICKETS, params("pageSize", "1000")).items().size());
            QueryException e = assertThrows(QueryException.class, () -> params("pageSize", "1001"));
            assertEquals("pageSize", e.parameter());
            assertEquals("InvalidValue", e.code());
        }

        @Test
        void badPagingValuesAreRefused() {
            assertEquals("page", assertThrows(QueryException.class, () -> params("page", "0")).parameter());
            assertEquals("page", assertThrows(QueryException.class, () -> params("page", "two")).parameter());
            assertEquals("pageSize", assertThrows(QueryException.class, () -> params("pageSize", "0")).parameter());
            assertEquals("pageSize", assertThrows(QueryException.class, () -> params("pageSize", "-5")).parameter());
        }

        @Test
        void parameterNamesAreCaseInsensitive() {
            ListResult r = ListEngine.list(many(30), TICKETS, params("PAGESIZE", "5", "Page", "2", "CONDITIONS", "id>3"));
            assertEquals(List.of(9, 10, 11, 12, 13), ids(r));
            assertEquals(27, r.total());
        }

        @Test
        void countAppliesTheSameFilters() {
            assertEquals(30, ListEngine.count(many(60), TICKETS, params("conditions", "company/id=250")));
            assertEquals(0, ListEngine.count(many(60), TICKETS, params("conditions", "id>60")));
        }

        @Test
        void forwardOnlyPagingUsesPageId() {
            Map<String, List<String>> query = Map.of("pageSize", List.of("4"), "pageId", List.of("6"),
                    "conditions", List.of("company/id=250"));
            ListResult r = ListEngine.list(many(20), TICKETS, ListParams.from(query, true));
            assertEquals(List.of(8, 10, 12, 14), ids(r));
            assertEquals(14, r.nextPageId());
            ListResult end = ListEngine.list(many(20), TICKETS,
                    ListParams.from(Map.of("pageSize", List.of("4"), "pageId", List.of("14")), true));
            assertEquals(List.of(15, 16, 17, 18), ids(end));
            ListResult last = ListEngine.list(many(20), TICKETS,
                    ListParams.from(Map.of("pageSize", List.of("4"), "pageId", List.of("16")), true));
            assertEquals(List.of(17, 18, 19, 20), ids(last));
            assertNull(last.nextPageId());
        }
    }

    @Nested
    class Links {

        private final URI uri = URI.create("http://127.0.0.1:8080/v4_6_release/apis/3.0/service/tickets"
                + "?conditions=company%2Fid%3D250&pageSize=10&page=3");

        @Test
        void middlePageLinksAllFour() {
            ListResult r = ListEngine.list(many(45), TICKETS, params("pageSize", "10", "page", "3"));
            String base = "http://127.0.0.1:8080/v4_6_release/apis/3.0/service/tickets?conditions=company%2Fid%3D250&pageSize=10&page=";
            assertEquals("<" + base + "1>; rel=\"first\", <" + base + "2>; rel=\"prev\", <" + base
                    + "4>; rel=\"next\", <" + base + "5>; rel=\"last\"", LinkHeader.build(uri, r));
        }

        @Test
        void firstPageHasNextAndLastOnly() {
            ListResult r = ListEngine.list(many(45), TICKETS, params("pageSize", "10"));
            String header = LinkHeader.build(URI.create("http://h/apis/3.0/service/tickets"), r);
            assertEquals("<http://h/apis/3.0/service/tickets?pageSize=10&page=2>; rel=\"next\", "
                    + "<http://h/apis/3.0/service/tickets?pageSize=10&page=5>; rel=\"last\"", header);
        }

        @Test
        void lastPageHasFirstAndPrevOnly() {
            ListResult r = ListEngine.list(many(45), TICKETS, params("pageSize", "10", "page", "5"));
            String header = LinkHeader.build(uri, r);
            assertTrue(header.contains("rel=\"first\"") && header.contains("page=4>; rel=\"prev\""), header);
            assertTrue(!header.contains("rel=\"next\"") && !header.contains("rel=\"last\""), header);
        }

        @Test
        void singlePageHasNoLinkHeader() {
            assertNull(LinkHeader.build(uri, ListEngine.list(many(5), TICKETS, params())));
            assertNull(LinkHeader.build(uri, ListEngine.list(List.of(), TICKETS, params())));
        }

        @Test
        void forwardOnlyLinksCarryPageId() {
            ListResult r = ListEngine.list(many(20), TICKETS,
                    ListParams.from(Map.of("pageSize", List.of("4")), true));
            assertEquals("<http://h/t?pageSize=4&pageId=4>; rel=\"next\"",
                    LinkHeader.build(URI.create("http://h/t?pageSize=4"), r));
        }
    }

    @Nested
    class Sorting {

        @Test
        void sortsByNestedPathsAndDirections() {
            ListResult r = ListEngine.list(QueryFixtures.tickets(), TICKETS, params("orderBy", "status/name asc, id desc"));
            assertEquals(List.of(3, 2, 4, 1, 5), ids(r));
        }

        @Test
        void sortsByDateAliasDescending() {
            assertEquals(List.of(4, 2, 5, 1, 3),
                    ids(ListEngine.list(QueryFixtures.tickets(), TICKETS, params("orderBy", "dateEntered desc"))));
            assertEquals(List.of(3, 1, 5, 2, 4),
                    ids(ListEngine.list(QueryFixtures.tickets(), TICKETS, params("orderBy", "_info/dateEntered"))));
        }

        @Test
        void nullsSortFirstAscendingAndLastDescending() {
            assertEquals(List.of(3, 5, 1, 4, 2),
                    ids(ListEngine.list(QueryFixtures.tickets(), TICKETS, params("orderBy", "budgetHours asc"))));
            assertEquals(List.of(2, 4, 1, 5, 3),
                    ids(ListEngine.list(QueryFixtures.tickets(), TICKETS, params("orderBy", "budgetHours DESC"))));
        }

        @Test
        void stringsSortCaseInsensitively() {
            assertEquals(List.of(4, 5, 1, 3, 2),
                    ids(ListEngine.list(QueryFixtures.tickets(), TICKETS, params("orderBy", "summary"))));
        }

        @Test
        void tiesAreBrokenById() {
            assertEquals(List.of(1, 2, 4, 3, 5),
                    ids(ListEngine.list(QueryFixtures.tickets(), TICKETS, params("orderBy", "closedFlag"))));
        }

        @Test
        void badOrderByIsRefused() {
            assertEquals("InvalidField", assertThrows(QueryException.class,
                    () -> ListEngine.list(QueryFixtures.tickets(), TICKETS, params("orderBy", "nope desc"))).code());
            assertEquals("InvalidSyntax", assertThrows(QueryException.class,
                    () -> ListEngine.list(QueryFixtures.tickets(), TICKETS, params("orderBy", "id sideways"))).code());
            assertEquals("InvalidField", assertThrows(QueryException.class,
                    () -> ListEngine.list(QueryFixtures.tickets(), TICKETS, params("orderBy", "status"))).code());
            assertEquals("orderBy", assertThrows(QueryException.class,
                    () -> ListEngine.list(QueryFixtures.tickets(), TICKETS, params("orderBy", "id,,summary"))).parameter());
        }
    }

    @Nested
    class Fields {

        @Test
        void keepsOnlyTheListedNestedPaths() {
            ListResult r = ListEngine.list(QueryFixtures.tickets(), TICKETS,
                    params("fields", "id,status/name,_info/dateEntered", "conditions", "id=1"));
            assertEquals("{\"id\":1,\"status\":{\"name\":\"New\"},\"_info\":{\"dateEntered\":\"2024-01-10T09:00:00Z\"}}",
                    r.items().get(0).toString());
        }

        @Test
        void wholeObjectsAndAliases() {
            ListResult r = ListEngine.list(QueryFixtures.tickets(), TICKETS,
                    params("fields", "company, dateEntered", "conditions", "id=4"));
            assertEquals("{\"company\":{\"id\":251,\"name\":\"Fabrikam Inc\"},\"_info\":{\"dateEntered\":\"2024-06-01T00:00:00Z\"}}",
                    r.items().get(0).toString());
        }

        @Test
        void unknownFieldsAreLeftOutAndMissingValuesSkipped() {
            ListResult r = ListEngine.list(QueryFixtures.tickets(), TICKETS,
                    params("fields", "id,nope,budgetHours,company/nope", "conditions", "id=3"));
            assertEquals("{\"id\":3,\"company\":{}}", r.items().get(0).toString());
        }

        @Test
        void pathsThroughArraysApplyToEachElement() {
            QuerySchema contacts = QuerySchema.of("contact", FieldCatalog.infer(QueryFixtures.contacts()));
            ListResult r = ListEngine.list(QueryFixtures.contacts(), contacts,
                    params("fields", "id,communicationItems/value", "pageSize", "1"));
            assertEquals("{\"id\":801,\"communicationItems\":[{\"value\":\"ava.admin@contoso.example\"},"
                    + "{\"value\":\"+1 555 0101\"}]}", r.items().get(0).toString());
        }

        @Test
        void filteringAndSortingUseTheWholeRecord() {
            ListResult r = ListEngine.list(QueryFixtures.tickets(), TICKETS,
                    params("fields", "id", "conditions", "summary contains \"printer\"", "orderBy", "summary desc"));
            assertEquals("[{\"id\":3}, {\"id\":1}]", r.items().toString());
        }
    }
}
