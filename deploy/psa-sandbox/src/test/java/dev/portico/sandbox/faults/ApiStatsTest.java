package dev.portico.sandbox.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class ApiStatsTest {

    @Test
    void countsPerTemplateStatusAndFault() {
        ApiStats stats = new ApiStats();
        stats.record("GET", "/service/tickets", 200, null);
        stats.record("GET", "/service/tickets", 200, null);
        stats.record("POST", "/service/tickets", 500, "error");
        stats.passwordRequested("nobody@example.com", null);
        stats.passwordRequested("ava.admin@contoso.example", 801);
        JsonObject json = stats.toJson();
        assertEquals(3, json.getInt("total"));
        assertEquals(2, json.getJsonObject("byEndpoint").getInt("GET /service/tickets"));
        assertEquals(1, json.getJsonObject("byEndpoint").getInt("POST /service/tickets"));
        assertEquals(1, json.getJsonObject("byStatus").getInt("500"));
        assertEquals(1, json.getJsonObject("faultsInjected").getInt("error"));
        assertEquals(2, json.getJsonArray("passwordResetRequests").size());
        assertEquals(801, json.getJsonArray("passwordResetRequests").getJsonObject(1).getInt("contactId"));
        assertEquals(false, json.getJsonArray("passwordResetRequests").getJsonObject(0).containsKey("contactId"));
        assertEquals(2, stats.calls("GET", "/service/tickets"));

        stats.reset();
        assertEquals(0, stats.total());
        assertEquals(0, stats.toJson().getJsonArray("passwordResetRequests").size());
    }
}
