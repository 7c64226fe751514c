package dev.portico.sandbox.api;

import dev.portico.sandbox.SandboxState;
import dev.portico.sandbox.query.FieldCatalog;
import dev.portico.sandbox.query.FieldType;
import dev.portico.sandbox.query.ListParams;
import dev.portico.sandbox.query.QuerySchema;
import dev.portico.sandbox.store.Jsons;
import dev.portico.sandbox.store.SandboxData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** {@code /service/tickets}: service tickets, their notes and their configurations. */
@RequestScoped
@Path("service/tickets")
@Produces(MediaType.APPLICATION_JSON)
public class TicketResource {

    private static final QuerySchema CONFIGURATION_REFERENCES = QuerySchema.of("configurationReference",
            FieldCatalog.builder().declare("id", FieldType.NUMBER).declare("deviceIdentifier", FieldType.STRING).build());

    @Inject
    SandboxState state;

    @GET
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.list(d.tickets.all(), d.tickets.schema(), uri, headers);
    }

    @GET
    @Path("count")
    public Response count(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.count(d.tickets.all(), d.tickets.schema(), uri, headers);
    }

    /** For conditions too long for a URL: body {@code FilterValues}, paging and fields from the query string. */
    @POST
    @Path("search")
    public Response search(String body, @Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return search(d.tickets.all(), d.tickets.schema(), body, uri, headers);
    }

    static Response search(Collection<JsonObject> records, QuerySchema schema, String body, UriInfo uri,
                           HttpHeaders headers) {
        JsonObject filter = Bodies.object(Bodies.parse(body, "filterValues"), "filterValues");
        ListParams params = Responses.params(uri, headers, schema.resource()).withFilter(
                Jsons.string(filter, "conditions"), Jsons.string(filter, "childconditions"),
                Jsons.string(filter, "customfieldconditions"), Jsons.string(filter, "orderBy"));
        return Responses.list(records, schema, uri, params);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") int id) {
        return Responses.one(state.current().tickets, id);
    }

    @POST
    public Response create(String body) {
        SandboxData d = state.current();
        return Responses.created(new TicketWrites(d, Responses.CLOCK).create(Bodies.parse(body, "ticket")));
    }

    @PATCH
    @Path("{id}")
    public Response patch(@PathParam("id") int id, String body) {
        SandboxData d = state.current();
        return Responses.ok(new TicketWrites(d, Responses.CLOCK).patch(id, Bodies.parse(body, "ticket")));
    }

    @GET
    @Path("{parentId}/notes")
    public Response notes(@PathParam("parentId") int ticketId, @Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        Responses.require(d.tickets, ticketId);
        return Responses.list(d.serviceNotes.childrenOf(ticketId), d.serviceNotes.schema(), uri, headers);
    }

    @GET
    @Path("{parentId}/notes/count")
    public Response countNotes(@PathParam("parentId") int ticketId, @Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        Responses.require(d.tickets, ticketId);
        return Responses.count(d.serviceNotes.childrenOf(ticketId), d.serviceNotes.schema(), uri, headers);
    }

    @GET
    @Path("{parentId}/notes/{id}")
    public Response note(@PathParam("parentId") int ticketId, @PathParam("id") int id) {
        SandboxData d = state.current();
        Responses.require(d.tickets, ticketId);
        return Responses.child(d.serviceNotes, ticketId, id);
    }

    @POST
    @Path("{parentId}/notes")
    public Response addNote(@PathParam("parentId") int ticketId, String body) {
        SandboxData d = state.current();
        JsonValue parsed = Bodies.parse(body, "serviceNote");
        return Responses.created(new TicketWrites(d, Responses.CLOCK)
                .addNote(d.tickets, d.serviceNotes, ticketId, parsed, true));
    }

    @GET
    @Path("{parentId}/configurations")
    public Response configurations(@PathParam("parentId") int ticketId, @Context UriInfo uri,
                                   @Context HttpHeaders headers) {
        return Responses.list(linked(ticketId), CONFIGURATION_REFERENCES, uri, headers);
    }

    @GET
    @Path("{parentId}/configurations/count")
    public Response countConfigurations(@PathParam("parentId") int ticketId, @Context UriInfo uri,
                                        @Context HttpHeaders headers) {
        return Responses.count(linked(ticketId), CONFIGURATION_REFERENCES, uri, headers);
    }

    private List<JsonObject> linked(int ticketId) {
        SandboxData d = state.current();
        Responses.require(d.tickets, ticketId);
        List<JsonObject> refs = new ArrayList<>();
        for (JsonObject link : d.ticketConfigurations.childrenOf(ticketId)) {
            JsonObject configuration = d.configurations.get(link.getInt("configurationId"));
            if (configuration != null) {
                refs.add(TicketWrites.configurationReference(configuration));
            }
        }
        return refs;
    }

    @POST
    @Path("{parentId}/configurations")
    public Response addConfiguration(@PathParam("parentId") int ticketId, String body) {
        SandboxData d = state.current();
        return Responses.created(new TicketWrites(d, Responses.CLOCK)
                .linkConfiguration(ticketId, Bodies.parse(body, "configurationReference")));
    }
}
