package dev.portico.sandbox.api;

import static dev.portico.sandbox.api.Fakes.array;
import static dev.portico.sandbox.api.Fakes.noHeaders;
import static dev.portico.sandbox.api.Fakes.object;
import static dev.portico.sandbox.api.Fakes.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.sandbox.SandboxState;
import dev.portico.sandbox.faults.ApiStats;
import dev.portico.sandbox.seed.SeedIds;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContactApiTest {

    private final ContactResource contacts = new ContactResource();

    @BeforeEach
    void seed() {
        contacts.state = new SandboxState();
        contacts.stats = new ApiStats();
    }

    private JsonObject validate(String email, String password) {
        Response r = contacts.validate("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        assertEquals(200, r.getStatus());
        return object(r);
    }

    @Test
    void validatePortalCredentialsChecksOnlyThePassword() {
        assertEquals("{\"success\":true,\"contactId\":801}", validate("ava.admin@contoso.example", "portico-demo").toString());
        assertEquals("{\"success\":true,\"contactId\":801}", validate("AVA.Admin@Contoso.example", "portico-demo").toString());
        assertEquals("{\"success\":false,\"contactId\":0}", validate("ava.admin@contoso.example", "Portico-demo").toString());
        assertEquals("{\"success\":false,\"contactId\":0}", validate("nobody@contoso.example", "portico-demo").toString());
        assertEquals(SeedIds.DAN, validate("dan.disabled@contoso.example", "portico-demo").getInt("contactId"));
        assertEquals(SeedIds.INA, validate("ina.inactive@contoso.example", "portico-demo").getInt("contactId"));
        assertEquals(SeedIds.FAY, validate("fay.admin@fabrikam.example", "portico-demo").getInt("contactId"));
        assertFalse(validate("liam.patel@contoso.example", "portico-demo").getBoolean("success"),
                "contacts without a portal password cannot log in");
        ApiException missing = assertThrows(ApiException.class, () -> contacts.validate("{\"email\":\"a@b.c\"}"));
        assertEquals("password", missing.body().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void passwordChangeByPatchAndItIsNeverReturned() {
        Response r = contacts.patch(SeedIds.SAM, "[{\"op\":\"replace\",\"path\":\"portalPassword\",\"value\":\"s3cret!\"}]");
        assertEquals(200, r.getStatus());
        assertFalse(object(r).containsKey("portalPassword"));
        assertFalse(validate("sam.standard@contoso.example", "portico-demo").getBoolean("success"));
        assertTrue(validate("sam.standard@contoso.example", "s3cret!").getBoolean("success"));
        assertFalse(object(contacts.get(SeedIds.SAM)).containsKey("portalPassword"));
        assertEquals(400, assertThrows(ApiException.class, () -> contacts.patch(SeedIds.SAM,
                "[{\"op\":\"replace\",\"path\":\"portalPassword\",\"value\":\"\"}]")).status());
    }

    @Test
    void requestPasswordIsAlways200AndRecorded() {
        assertEquals(200, contacts.requestPassword("{\"email\":\"olly.own@contoso.example\"}").getStatus());
        assertEquals(200, contacts.requestPassword("{\"email\":\"stranger@example.com\"}").getStatus());
        assertEquals(SeedIds.OLLY, contacts.stats.passwordRequests().get(0).contactId());
        assertEquals(null, contacts.stats.passwordRequests().get(1).contactId());
        assertEquals("stranger@example.com", contacts.stats.passwordRequests().get(1).email());
        assertEquals(400, assertThrows(ApiException.class, () -> contacts.requestPassword("{}")).status());
    }

    @Test
    void contactsAreFoundByEmailWithChildConditions() {
        JsonArray found = array(contacts.list(uri("company/contacts?childConditions=communicationItems%2Fvalue%20like%20"
                + "%22olly.own%40contoso.example%22%20AND%20communicationItems%2FcommunicationType%3D%22Email%22"),
                noHeaders()));
        assertEquals(1, found.size());
        assertEquals(SeedIds.OLLY, found.getJsonObject(0).getInt("id"));
        assertEquals(19, object(contacts.count(uri("x?conditions=company%2Fid%3D250"), noHeaders())).getInt("count"));
    }

    @Test
    void createReplaceAndCommunications() {
        Response created = contacts.create("{\"firstName\":\"New\",\"lastName\":\"Person\",\"company\":{\"id\":250},"
                + "\"site\":{\"id\":1002},\"portalPassword\":\"first-pass\",\"communicationItems\":["
                + "{\"type\":{\"id\":1},\"value\":\"new.person@contoso.example\",\"defaultFlag\":true},"
                + "{\"communicationType\":\"Phone\",\"value\":\"+1 206 555 9999\"}]}");
        assertEquals(201, created.getStatus());
        JsonObject c = object(created);
        int id = c.getInt("id");
        assertEquals(3, c.getInt("portalSecurityLevel"), "the default level");
        assertFalse(c.containsKey("portalPassword"));
        assertEquals("+1 206 555 9999", c.getString("defaultPhoneNbr"));
        assertEquals("@contoso.example", c.getJsonArray("communicationItems").getJsonObject(0).getString("domain"));
        assertTrue(validate("new.person@contoso.example", "first-pass").getBoolean("success"));

        Response added = contacts.addCommunication(id, "{\"type\":{\"id\":3},\"value\":\"+1 206 555 1111\","
                + "\"defaultFlag\":true}");
        assertEquals(201, added.getStatus());
        JsonObject comm = object(added);
        assertEquals(id, comm.getInt("contactId"));
        assertEquals("Phone", comm.getString("communicationType"));
        JsonArray all = array(contacts.communications(id, uri("x?conditions=communicationType%3D%22Phone%22"), noHeaders()));
        assertEquals(2, all.size());
        assertEquals(1, all.getValuesAs(JsonObject.class).stream().filter(i -> i.getBoolean("defaultFlag")).count());

        JsonObject replaced = object(contacts.replace(id, "{\"firstName\":\"Renamed\",\"company\":{\"id\":250},"
                + "\"portalSecurityLevel\":2,\"disablePortalLoginFlag\":true}"));
        assertEquals("Renamed", replaced.getString("firstName"));
        assertTrue(replaced.getBoolean("disablePortalLoginFlag"));
        assertEquals(c.getJsonObject("_info").getString("dateEntered"), replaced.getJsonObject("_info").getString("dateEntered"));

        ApiException bad = assertThrows(ApiException.class, () -> contacts.create("{\"company\":{\"id\":251},"
                + "\"site\":{\"id\":1001},\"portalSecurityLevel\":9,\"communicationItems\":[{\"value\":\"x\"}]}"));
        assertEquals(java.util.Set.of("firstName", "site", "portalSecurityLevel", "communicationItems/0/type"),
                bad.body().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field"))
                        .collect(Collectors.toSet()));
    }

    @Test
    void portalSecurityFollowsTheLevel() {
        JsonArray admin = array(contacts.portalSecurity(SeedIds.AVA));
        JsonArray own = array(contacts.portalSecurity(SeedIds.OLLY));
        assertTrue(admin.getValuesAs(JsonObject.class).stream().allMatch(p -> p.getBoolean("enabled")));
        Map<String, Boolean> olly = own.getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(p -> p.getString("identifier"), p -> p.getBoolean("enabled")));
        assertTrue(olly.get("ServiceTicketsOwn"));
        assertFalse(olly.get("ServiceTicketsAll"));
        assertEquals(404, assertThrows(ApiException.class, () -> contacts.portalSecurity(1)).status());
    }
}
