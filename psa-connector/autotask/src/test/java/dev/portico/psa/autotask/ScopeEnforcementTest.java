package dev.portico.psa.autotask;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.portico.psa.PageRequest;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaRateLimitedException;
import dev.portico.psa.PsaRejectedException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.autotask.configuration.AutotaskConfigurationGateway;
import dev.portico.psa.autotask.contact.AutotaskContactGateway;
import dev.portico.psa.autotask.contract.AutotaskWireMockTest;
import dev.portico.psa.autotask.knowledge.AutotaskKnowledgeBase;
import dev.portico.psa.autotask.project.AutotaskProjectGateway;
import dev.portico.psa.autotask.query.AtEntity;
import dev.portico.psa.autotask.ticket.AutotaskTicketGateway;
import dev.portico.psa.configuration.ConfigurationQuery;
import dev.portico.psa.contact.ContactQuery;
import dev.portico.psa.ticket.NewAttachment;
import dev.portico.psa.ticket.OpenState;
import dev.portico.psa.ticket.TicketQuery;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hostile text in every text filter of every gateway: the captured query bodies start with the scope, name only
 * whitelisted fields, and carry the text as a value only.
 */
class ScopeEnforcementTest extends AutotaskWireMockTest {

    static final PsaScope SCOPE = new PsaScope(175, Set.of(175L, 300L), 30684646, Set.of(44L),
            Set.of(Permission.values()));
    static final String EMPTY = "{\"items\":[],\"pageDetails\":{\"count\":0,\"requestCount\":10,"
            + "\"prevPageUrl\":null,\"nextPageUrl\":null}}";

    @Test
    void hostileTextNeverLeavesItsValueAndTheScopeComesFirst() {
        PSA.stubFor(post(urlPathMatching(api("/[A-Za-z]+/query"))).willReturn(okJson(EMPTY)));
        PSA.stubFor(post(urlPathMatching(api("/[A-Za-z]+/query/count"))).willReturn(okJson("{\"queryCount\":0}")));
        AutotaskConnection at = connection(Map.of("psa.autotask.knowledge-base.publish", "1"));
        String hostile = "\"},{\"op\":\"exist\",\"field\":\"id\"}],\"x\":[{\"op\":\"noteExist";

        new AutotaskTicketGateway(at).search(SCOPE, TicketQuery.builder().text(hostile).build(), PageRequest.first(10), null);
        new AutotaskContactGateway(at).search(SCOPE, new ContactQuery(hostile, null, true), PageRequest.first(10));
        new AutotaskConfigurationGateway(at).search(SCOPE, new ConfigurationQuery(hostile, null, null, null, null, null,
                null, hostile, null, hostile), PageRequest.first(10), null);
        new AutotaskProjectGateway(at).search(SCOPE, OpenState.OPEN, hostile, PageRequest.first(10));
        new AutotaskKnowledgeBase(at).search(SCOPE, hostile, PageRequest.first(10));

        List<LoggedRequest> queries = PSA.findAll(postRequestedFor(urlPathMatching(api("/[A-Za-z]+/query(/count)?"))));
        assertEquals(10, queries.size());
        for (LoggedRequest request : queries) {
            String entityPath = request.getUrl().replaceAll(".*/V1\\.0/([A-Za-z]+)/query.*", "$1");
            AtEntity entity = java.util.Arrays.stream(AtEntity.values()).filter(e -> e.path().equals(entityPath))
                    .findFirst().orElseThrow();
            JsonObject body = Json.createReader(new StringReader(request.getBodyAsString())).readObject();
            assertTrue(body.keySet().stream().allMatch(k -> Set.of("maxRecords", "includeFields", "filter").contains(k)));
            var filter = body.getJsonArray("filter");
            if (entity.companyField().isPresent()) {
                JsonObject first = filter.getJsonObject(0);
                assertEquals("in", first.getString("op"), request.getUrl());
                assertEquals(entity.companyField().get(), first.getString("field"));
                assertEquals(Json.createArrayBuilder().add(175).add(300).build(), first.getJsonArray("value"));
                if (entity.siteField().isPresent()) {
                    assertEquals(entity.siteField().get(), filter.getJsonObject(1).getString("field"));
                }
            }
            check(entity, filter, hostile);
        }
    }

    private static void check(AtEntity entity, jakarta.json.JsonArray items, String hostile) {
        for (JsonValue value : items) {
            JsonObject item = value.asJsonObject();
            if (item.containsKey("items")) {
                check(entity, item.getJsonArray("items"), hostile);
                continue;
            }
            assertTrue(entity.type(item.getString("field")).isPresent(), item.toString());
            JsonValue v = item.get("value");
            if (v != null && v.getValueType() == JsonValue.ValueType.STRING) {
                assertEquals(hostile, item.getString("value"));
            }
        }
    }

    @Test
    void readsByIdOfAnotherCompanyOrSiteAreNotFound() {
        PSA.stubFor(get(urlPathEqualTo(api("/Contacts/5"))).willReturn(okJson(
                "{\"item\":{\"id\":5,\"companyID\":999,\"companyLocationID\":44}}")));
        PSA.stubFor(get(urlPathEqualTo(api("/Contacts/6"))).willReturn(okJson(
                "{\"item\":{\"id\":6,\"companyID\":175,\"companyLocationID\":45}}")));
        PSA.stubFor(get(urlPathEqualTo(api("/Projects/7"))).willReturn(okJson("{\"item\":{\"id\":7,\"companyID\":999}}")));
        PSA.stubFor(get(urlPathEqualTo(api("/ConfigurationItems/8"))).willReturn(okJson(
                "{\"item\":{\"id\":8,\"companyID\":300,\"companyLocationID\":45}}")));
        AutotaskConnection at = connection();

        assertThrows(PsaNotFoundException.class, () -> new AutotaskContactGateway(at).get(SCOPE, 5));
        assertThrows(PsaNotFoundException.class, () -> new AutotaskContactGateway(at).get(SCOPE, 6));
        assertThrows(PsaNotFoundException.class, () -> new AutotaskProjectGateway(at).get(SCOPE, 7));
        assertThrows(PsaNotFoundException.class, () -> new AutotaskConfigurationGateway(at).get(SCOPE, 8));
    }

    @Test
    void attachmentsAboveTheFileOrVolumeLimitAreRefusedBeforeSending() {
        PSA.stubFor(get(urlPathEqualTo(api("/Tickets/7"))).willReturn(okJson(
                "{\"item\":{\"id\":7,\"companyID\":175,\"contactID\":30684646,\"companyLocationID\":44,\"status\":1}}")));
        PSA.stubFor(post(urlPathEqualTo(api("/Tickets/7/Attachments"))).willReturn(okJson("{\"itemId\":1}")));
        AutotaskConnection at = connection(Map.of("psa.autotask.attachment.max-bytes", "100",
                "psa.autotask.attachment.volume-bytes", "150"));
        AutotaskTicketGateway tickets = new AutotaskTicketGateway(at);
        byte[] eighty = new byte[80];

        assertThrows(PsaRejectedException.class, () -> tickets.attach(SCOPE, 7, new NewAttachment("big", "big.bin",
                "application/octet-stream", 101, () -> new ByteArrayInputStream(new byte[101]))));
        tickets.attach(SCOPE, 7, new NewAttachment("a", "a.txt", "text/plain", 80, () -> new ByteArrayInputStream(eighty)));
        assertThrows(PsaRateLimitedException.class, () -> tickets.attach(SCOPE, 7, new NewAttachment("b", "b.txt",
                "text/plain", 80, () -> new ByteArrayInputStream(eighty))));

        PSA.verify(1, postRequestedFor(urlPathEqualTo(api("/Tickets/7/Attachments"))));
        PSA.verify(postRequestedFor(urlPathEqualTo(api("/Tickets/7/Attachments")))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.publish", is("1")))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.attachedByContactID",
                        is("30684646"))));
        assertTrue(PSA.findAll(postRequestedFor(anyUrl())).size() >= 1);
    }
}
