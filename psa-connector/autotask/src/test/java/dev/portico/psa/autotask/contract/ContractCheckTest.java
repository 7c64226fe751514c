package dev.portico.psa.autotask.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract check itself: it passes a documented request and catches what Autotask does not publish. */
class ContractCheckTest {

    static final Map<String, List<String>> HEADERS = Map.of("ApiIntegrationCode", List.of("X"),
            "UserName", List.of("u@x"), "Secret", List.of("s"), "Content-Type", List.of("application/json"));

    static List<String> check(String method, String path, String body) {
        return AutotaskApiContract.problems(method, "/ATServicesRest/V1.0" + path, Map.of(), HEADERS, body);
    }

    @Test
    void aDocumentedQueryPasses() {
        assertTrue(check("POST", "/Tickets/query",
                "{\"maxRecords\":10,\"filter\":[{\"op\":\"in\",\"field\":\"companyID\",\"value\":[1,2]},"
                        + "{\"op\":\"or\",\"items\":[{\"op\":\"contains\",\"field\":\"title\",\"value\":\"x\"}]}]}")
                .isEmpty());
    }

    @Test
    void itCatchesUnknownPathsFieldsOperatorsMissingHeadersAndBadValues() {
        assertFalse(check("POST", "/TicketNotes", "{\"ticketID\":1}").isEmpty(), "POST /TicketNotes is not published");
        assertFalse(check("POST", "/Tickets", "{\"title\":\"x\",\"summary\":\"y\"}").isEmpty(), "unlisted field");
        assertFalse(check("POST", "/Tickets/query", "{\"filter\":[{\"op\":\"noteExist\",\"field\":\"id\"}]}").isEmpty(),
                "misspelt operator");
        assertFalse(check("POST", "/Tickets/query", "{\"filter\":[{\"op\":\"eq\",\"field\":\"id\",\"value\":{}}]}")
                .isEmpty(), "object value");
        assertFalse(check("POST", "/Tickets/query", "{\"filter\":[]}").isEmpty(), "no filter");
        assertFalse(AutotaskApiContract.problems("GET", "/ATServicesRest/V1.0/Tickets/1", Map.of(),
                Map.of("UserName", List.of("u")), "").isEmpty(), "missing auth headers");
        assertFalse(AutotaskApiContract.problems("POST", "/ATServicesRest/V1.0/Tickets/query/next", Map.of(), HEADERS,
                "{\"filter\":[{\"op\":\"exist\",\"field\":\"id\"}]}").isEmpty(), "next page without its cursor");
    }
}
