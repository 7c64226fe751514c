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
import dev.portico.sandbox.seed.SeedIds;
import dev.portico.sandbox.store.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SalesProjectsSetupApiTest {

    private final OpportunityResource opportunities = new OpportunityResource();
    private final ProjectResource projects = new ProjectResource();
    private final ServiceSetupResource setup = new ServiceSetupResource();
    private final CompanyResource company = new CompanyResource();

    @BeforeEach
    void seed() {
        SandboxState state = new SandboxState();
        opportunities.state = state;
        projects.state = state;
        setup.state = state;
        company.state = state;
    }

    @Test
    void approvingARecommendationClosesItAndItsLines() {
        JsonArray visible = array(opportunities.list(uri("sales/opportunities?conditions=company%2Fid%3D250%20AND%20"
                + "status%2Fname%3D%22Awaiting%20Customer%22"), noHeaders()));
        assertEquals(3, visible.size());
        int id = visible.getJsonObject(0).getInt("id");
        JsonObject won = object(opportunities.patch(id, "[{\"op\":\"replace\",\"path\":\"status\",\"value\":{\"id\":4}}]"));
        assertEquals("Won", won.getJsonObject("status").getString("name"));
        assertTrue(won.containsKey("closedDate"));
        JsonObject forecast = object(opportunities.forecast(id));
        forecast.getJsonArray("forecastItems").getValuesAs(JsonObject.class)
                .forEach(i -> assertEquals("Won", i.getJsonObject("status").getString("name")));
        assertEquals(400, assertThrows(ApiException.class, () -> opportunities.patch(id,
                "[{\"op\":\"replace\",\"path\":\"status\",\"value\":{\"id\":77}}]")).status());
        assertEquals(201, opportunities.addNote(id, "{\"text\":\"Approved in the portal by Ava Admin\"}").getStatus());
        assertEquals(2, array(opportunities.notes(id, uri("x"), noHeaders())).size());
        assertEquals(400, assertThrows(ApiException.class, () -> opportunities.addNote(id, "{}")).status());
    }

    @Test
    void opportunityStatusesCarryTheirFlags() {
        JsonArray statuses = array(opportunities.statuses(uri("x?orderBy=id"), noHeaders()));
        assertEquals(List.of("Open", "Internal Review", "Awaiting Customer", "Won", "Lost"),
                statuses.getValuesAs(JsonObject.class).stream().map(s -> s.getString("name")).toList());
        assertTrue(statuses.getJsonObject(3).getBoolean("wonFlag"));
        assertTrue(statuses.getJsonObject(4).getBoolean("lostFlag"));
    }

    @Test
    void projectsHideAndShowPhasesAndTickets() {
        JsonArray shown = array(projects.projects(uri("project/projects?conditions=company%2Fid%3D250%20AND%20"
                + "doNotDisplayInPortalFlag%3Dfalse"), noHeaders()));
        JsonArray all = array(projects.projects(uri("project/projects?conditions=company%2Fid%3D250"), noHeaders()));
        assertTrue(shown.size() < all.size() && !shown.isEmpty());
        int id = shown.getJsonObject(0).getInt("id");
        JsonObject plan = object(projects.workplan(id));
        assertEquals(id, plan.getInt("projectId"));
        JsonArray phases = plan.getJsonArray("phases");
        assertEquals(array(projects.phases(id, uri("x"), noHeaders())).size(), phases.size());
        assertTrue(phases.getJsonObject(0).containsKey("scheduled_Hours"));
        JsonArray tickets = array(projects.tickets(uri("project/tickets?conditions=project%2Fid%3D" + id), noHeaders()));
        assertFalse(tickets.isEmpty());
        int ticketId = tickets.getJsonObject(0).getInt("id");
        assertEquals(id, Jsons.refId(object(projects.ticket(ticketId)), "project"));
        assertFalse(array(projects.notes(ticketId, uri("x"), noHeaders())).isEmpty());
        assertEquals(201, projects.addNote(ticketId, "{\"text\":\"hi\",\"detailDescriptionFlag\":true}").getStatus());
        assertEquals(404, assertThrows(ApiException.class, () -> projects.workplan(1)).status());
    }

    @Test
    void boardsAndReferenceDataMatchTheSeedVocabulary() {
        JsonArray statuses = array(setup.statuses(SeedIds.HELP_DESK_BOARD, uri("x?orderBy=sortOrder"), noHeaders()));
        assertEquals(10, statuses.size());
        JsonObject waiting = statuses.getJsonObject(4);
        assertEquals("Waiting Customer Approval", waiting.getString("name"));
        assertEquals("Waiting for your approval", waiting.getString("customerPortalDescription"));
        assertEquals(List.of("Resolved", "Closed"), statuses.getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getBoolean("closedStatus")).map(s -> s.getString("name")).toList());
        assertEquals(List.of("Incident", "Query", "Change Request"), array(setup.types(SeedIds.HELP_DESK_BOARD,
                uri("x"), noHeaders())).getValuesAs(JsonObject.class).stream().map(t -> t.getString("name")).toList());
        assertEquals(4, array(setup.priorities(uri("x"), noHeaders())).size());
        assertEquals(List.of("Low", "Medium", "High"), array(setup.severities(uri("x"), noHeaders()))
                .getValuesAs(JsonObject.class).stream().map(t -> t.getString("name")).toList());
        assertTrue(array(setup.sources(uri("x?conditions=name%3D%22Portal%22"), noHeaders())).size() == 1);
        assertEquals(404, assertThrows(ApiException.class, () -> setup.statuses(99, uri("x"), noHeaders())).status());
        assertEquals(404, assertThrows(ApiException.class, () -> setup.status(SeedIds.PROJECT_BOARD, 1)).status());
        assertTrue(array(setup.articles(uri("x?conditions=title%20contains%20%22VPN%22"), noHeaders())).size() == 1);
    }

    @Test
    void companiesAndSitesAreScoped() {
        assertEquals("Contoso Ltd", object(company.company(SeedIds.CONTOSO)).getString("name"));
        assertEquals(List.of("Head Office", "Warehouse"), array(company.sites(SeedIds.CONTOSO, uri("x"), noHeaders()))
                .getValuesAs(JsonObject.class).stream().map(s -> s.getString("name")).toList());
        assertEquals(1, array(company.sites(SeedIds.FABRIKAM, uri("x"), noHeaders())).size());
        assertEquals(404, assertThrows(ApiException.class,
                () -> company.site(SeedIds.FABRIKAM, SeedIds.CONTOSO_HEAD_OFFICE)).status());
        assertEquals(60, object(company.countConfigurations(uri("x?conditions=company%2Fid%3D250"), noHeaders()))
                .getInt("count"));
        assertEquals(6, array(company.levels(uri("x"), noHeaders())).size());
    }

    /** The adapter resolves its configured e-mail and phone type names here before writing contact items. */
    @Test
    void communicationTypesAreListedByDescription() {
        JsonObject email = array(company.communicationTypes(uri("x?conditions=description%3D%22Email%22"),
                noHeaders())).getJsonObject(0);
        assertEquals(1, email.getInt("id"));
        assertTrue(email.getBoolean("emailFlag"));
        assertEquals(List.of("Email", "Direct", "Mobile", "Fax", "Home", "Pager", "Home Email", "Other Email"), array(company.communicationTypes(uri("x"), noHeaders()))
                .getValuesAs(JsonObject.class).stream().map(t -> t.getString("description")).toList());
        assertEquals(8, object(company.countCommunicationTypes(uri("x"), noHeaders())).getInt("count"));
        assertTrue(object(company.communicationType(2)).getBoolean("phoneFlag"));
    }
}
