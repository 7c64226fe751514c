package dev.portico.psa.connectwise.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectWiseApiFactsTest {

    private ConnectWiseApiFacts facts;
    private ContractChecker checker;

    @BeforeEach
    void load() {
        facts = ConnectWiseApiFacts.require();
        checker = new ContractChecker(facts);
    }

    @Test
    void missingFactsSkipTheChecksOnlyWhenAskedForAndNeverOnCi() {
        assertFalse(ConnectWiseApiFacts.skipWanted(null, null), "by default missing facts fail the checks");
        assertFalse(ConnectWiseApiFacts.skipWanted("false", null));
        assertFalse(ConnectWiseApiFacts.skipWanted("", "false"));
        assertTrue(ConnectWiseApiFacts.skipWanted("true", null));
        assertTrue(ConnectWiseApiFacts.skipWanted(" TRUE ", "false"));
        assertFalse(ConnectWiseApiFacts.skipWanted("true", "true"), "CI always checks the contract");
    }

    @Test
    void concretePathsMatchTemplatesAndLiteralSegmentsWin() {
        assertEquals("/service/tickets/{id}", facts.template("GET", "/service/tickets/123").orElseThrow());
        assertEquals("/service/tickets/count", facts.template("GET", "/service/tickets/count").orElseThrow());
        assertEquals("/service/tickets/{parentId}/notes", facts.template("POST", "/service/tickets/9/notes").orElseThrow());
        assertTrue(facts.exists("POST", "/company/contacts/validatePortalCredentials"));
        assertFalse(facts.exists("GET", "/service/ticketz"));
        assertFalse(facts.exists("DELETE", "/service/tickets"));
    }

    @Test
    void schemasListTheirFieldsOnly() {
        assertTrue(facts.fields("Ticket").containsAll(List.of("summary", "externalXRef", "poNumber", "_info")));
        assertFalse(facts.fields("Ticket").contains("urgency"), "ConnectWise tickets have no urgency");
        assertEquals("BoardReference", facts.fieldType("Ticket", "board").orElseThrow());
        assertTrue(facts.fields("NoSuchSchema").isEmpty());
    }

    @Test
    void bodiesWithUnlistedFieldsAreReportedRecursively() {
        var body = Json.createReader(new StringReader(
                "{\"summary\":\"x\",\"urgency\":\"High\",\"board\":{\"id\":1,\"colour\":\"red\"}}")).readValue();

        List<String> problems = checker.checkBody("Ticket", body);

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("'urgency'"));
        assertTrue(problems.get(1).contains("'colour'") && problems.get(1).contains("BoardReference"));
    }

    @Test
    void requestsAreCheckedForTemplateHeadersQueryAndBody() {
        Map<String, List<String>> headers = Map.of(
                "Authorization", List.of("Basic eA=="),
                "clientId", List.of("c"),
                "Accept", List.of("application/vnd.connectwise.com+json; version=2025.8"),
                "Content-Type", List.of("application/json"));
        var good = new CapturedRequest("PATCH", "/service/tickets/5", Map.of(), headers,
                "[{\"op\":\"replace\",\"path\":\"status\",\"value\":{\"id\":3}}]");
        var badPatch = new CapturedRequest("PATCH", "/service/tickets/5", Map.of(), headers,
                "[{\"op\":\"replace\",\"path\":\"urgency\",\"value\":\"High\"}]");
        var badQuery = new CapturedRequest("GET", "/service/tickets", Map.of("q", List.of("x"), "pageSize",
                List.of("5000")), headers, "");
        var noAuth = new CapturedRequest("GET", "/service/tickets", Map.of(), Map.of(), "");

        assertEquals(List.of(), checker.check(good));
        assertEquals(1, checker.check(badPatch).size());
        assertEquals(2, checker.check(badQuery).size());
        assertEquals(3, checker.check(noAuth).size());
    }
}
