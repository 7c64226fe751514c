package dev.portico.sandbox.api;

import dev.portico.sandbox.SandboxState;
import dev.portico.sandbox.store.Jsons;
import dev.portico.sandbox.store.SandboxData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;

/** {@code /project/...}: projects, their phases (work plan), and project tickets with notes. */
@RequestScoped
@Path("project")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {

    @Inject
    SandboxState state;

    @GET
    @Path("projects")
    public Response projects(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.list(d.projects.all(), d.projects.schema(), uri, headers);
    }

    @GET
    @Path("projects/count")
    public Response countProjects(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.count(d.projects.all(), d.projects.schema(), uri, headers);
    }

    @GET
    @Path("projects/{id}")
    public Response project(@PathParam("id") int id) {
        return Responses.one(state.current().projects, id);
    }

    /** {@code ProjectWorkplan}: the phases in the shape of {@code ProjectWorkplanProjectPhase}. */
    @GET
    @Path("projects/{id}/projectWorkplan")
    public Response workplan(@PathParam("id") int id) {
        SandboxData d = state.current();
        Responses.require(d.projects, id);
        JsonArrayBuilder phases = Jsons.arr();
        for (JsonObject p : d.projectPhases.childrenOf(id)) {
            JsonObjectBuilder b = Jsons.obj().add("id", p.getInt("id")).add("projectId", id)
                    .add("description", p.getString("description")).add("status", p.getJsonObject("status"));
            Jsons.put(b, "parentPhase", p.get("parentPhase"));
            Instant start = Instant.parse(p.getString("scheduledStart"));
            Instant end = Instant.parse(p.getString("scheduledEnd"));
            b.add("wbsCode", p.getString("wbsCode")).add("markAsMilestoneFlag", p.getBoolean("markAsMilestoneFlag"))
                    .add("notes", p.getString("notes")).add("startDate", p.getString("startDate"))
                    .add("endDate", p.getString("endDate")).add("budgetHours", p.get("budgetHours"))
                    .add("actualHours", p.get("actualHours")).add("billableHours", p.get("actualHours"))
                    .add("scheduled_Hours", p.get("scheduledHours")).add("scheduled_Start", p.getString("scheduledStart"))
                    .add("scheduled_End", p.getString("scheduledEnd"))
                    .add("scheduled_Duration", (int) Duration.between(start, end).toDays())
                    .add("billPhaseSeparately", p.getBoolean("billSeparatelyFlag"))
                    .add("_info", p.getJsonObject("_info"));
            phases.add(b);
        }
        return Responses.ok(Jsons.obj().add("projectId", id).add("phases", phases).build());
    }

    @GET
    @Path("projects/{parentId}/phases")
    public Response phases(@PathParam("parentId") int id, @Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        Responses.require(d.projects, id);
        return Responses.list(d.projectPhases.childrenOf(id), d.projectPhases.schema(), uri, headers);
    }

    @GET
    @Path("projects/{parentId}/phases/count")
    public Response countPhases(@PathParam("parentId") int id, @Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        Responses.require(d.projects, id);
        return Responses.count(d.projectPhases.childrenOf(id), d.projectPhases.schema(), uri, headers);
    }

    @GET
    @Path("projects/{parentId}/phases/{id}")
    public Response phase(@PathParam("parentId") int projectId, @PathParam("id") int id) {
        SandboxData d = state.current();
        Responses.require(d.projects, projectId);
        return Responses.child(d.projectPhases, projectId, id);
    }

    @GET
    @Path("tickets")
    public Response tickets(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.list(d.projectTickets.all(), d.projectTickets.schema(), uri, headers);
    }

    @GET
    @Path("tickets/count")
    public Response countTickets(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.count(d.projectTickets.all(), d.projectTickets.schema(), uri, headers);
    }

    @POST
    @Path("tickets/search")
    public Response searchTickets(String body, @Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return TicketResource.search(d.projectTickets.all(), d.projectTickets.schema(), body, uri, headers);
    }

    @GET
    @Path("tickets/{id}")
    public Response ticket(@PathParam("id") int id) {
        return Responses.one(state.current().projectTickets, id);
    }

    @GET
    @Path("tickets/{parentId}/notes")
    public Response notes(@PathParam("parentId") int id, @Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        Responses.require(d.projectTickets, id);
        return Responses.list(d.projectTicketNotes.childrenOf(id), d.projectTicketNotes.schema(), uri, headers);
    }

    @POST
    @Path("tickets/{parentId}/notes")
    public Response addNote(@PathParam("parentId") int id, String body) {
        SandboxData d = state.current();
        return Responses.created(new TicketWrites(d, Responses.CLOCK)
                .addNote(d.projectTickets, d.projectTicketNotes, id, Bodies.parse(body, "ticketNote"), false));
    }
}
