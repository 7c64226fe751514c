package dev.portico.sandbox.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.sandbox.SandboxSettings;
import dev.portico.sandbox.SandboxState;
import dev.portico.sandbox.api.FakeRequest;
import dev.portico.sandbox.faults.ApiStats;
import dev.portico.sandbox.faults.FaultKnobs;
import dev.portico.sandbox.seed.SeedIds;
import dev.portico.sandbox.store.Jsons;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminTest {

    private static JsonObject json(Response r) {
        return Jsons.parse((String) r.getEntity()).asJsonObject();
    }

    private static AdminResource admin() {
        AdminResource admin = new AdminResource();
        admin.faults = new FaultKnobs();
        admin.stats = new ApiStats();
        admin.state = new SandboxState();
        return admin;
    }

    @Test
    void faultKnobsRoundTrip() {
        AdminResource admin = admin();
        assertEquals("{\"latencyMs\":0,\"errorRate\":0,\"rateLimitRemaining\":0,\"retryAfterSeconds\":1,\"down\":false}",
                json(admin.faults()).toString());
        Response set = admin.setFaults("{\"latencyMs\":200,\"errorRate\":0.25,\"rateLimitRemaining\":3,"
                + "\"retryAfterSeconds\":2,\"down\":true}");
        assertEquals(200, set.getStatus());
        assertEquals("{\"latencyMs\":200,\"errorRate\":0.25,\"rateLimitRemaining\":3,\"retryAfterSeconds\":2,\"down\":true}",
                json(set).toString());
        assertEquals(json(set), json(admin.faults()));
        Response bad = admin.setFaults("{\"errorRate\":3}");
        assertEquals(400, bad.getStatus());
        assertTrue(json(bad).getString("message").contains("errorRate"));
        assertEquals(400, admin.setFaults("not json").getStatus());
        assertEquals(400, admin.setFaults("[]").getStatus());
        assertEquals(0, json(admin.resetFaults()).getInt("latencyMs"));
    }

    @Test
    void statsAndInfo() {
        AdminResource admin = admin();
        admin.stats.record("GET", "/service/tickets", 200, null);
        assertEquals(1, json(admin.stats()).getInt("total"));
        assertEquals(0, json(admin.resetStats()).getInt("total"));
        JsonObject info = json(admin.info());
        assertEquals("/v4_6_release/apis/3.0", info.getString("apiPath"));
        JsonObject fabrikam = info.getJsonArray("companies").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getInt("id") == SeedIds.FABRIKAM).findFirst().orElseThrow();
        assertEquals(150, fabrikam.getJsonObject("counts").getInt("tickets"));
        int sampleTicket = fabrikam.getJsonObject("sampleIds").getInt("tickets");
        assertEquals(SeedIds.FABRIKAM, admin.state.current().tickets.get(sampleTicket).getJsonObject("company").getInt("id"));
        assertEquals(6, info.getJsonArray("demoLogins").size());
    }

    @Test
    void dataResetThrowsAwayChanges() {
        AdminResource admin = admin();
        admin.state.current().tickets.update(10_001, t -> Jsons.obj(t).add("summary", "changed").build());
        admin.resetData();
        assertNotEquals("changed", admin.state.current().tickets.get(10_001).getString("summary"));
    }

    @Test
    void gateTurnsTheAdminApiOff() {
        FakeRequest on = new FakeRequest("faults");
        AdminGate.filter(on.context(), new SandboxSettings(k -> null, k -> null));
        assertNull(on.aborted);
        FakeRequest off = new FakeRequest("faults");
        AdminGate.filter(off.context(), new SandboxSettings(Map.of("sandbox.admin.enabled", "false")::get, k -> null));
        assertEquals(404, off.aborted.getStatus());
    }
}
