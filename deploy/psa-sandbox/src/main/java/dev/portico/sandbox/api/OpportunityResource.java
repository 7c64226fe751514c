package dev.portico.sandbox.api;

import dev.portico.sandbox.SandboxState;
import dev.portico.sandbox.store.Jsons;
import dev.portico.sandbox.store.SandboxData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import java.math.BigDecimal;
import java.util.List;

/** {@code /sales/opportunities}: recommendations, their statuses, forecast lines and notes. */
@RequestScoped
@Path("sales/opportunities")
@Produces(MediaType.APPLICATION_JSON)
public class OpportunityResource {

    @Inject
    SandboxState state;

    @GET
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.list(d.opportunities.all(), d.opportunities.schema(), uri, headers);
    }

    @GET
    @Path("count")
    public Response count(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.count(d.opportunities.all(), d.opportunities.schema(), uri, headers);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") int id) {
        return Responses.one(state.current().opportunities, id);
    }

    @PATCH
    @Path("{id}")
    public Response patch(@PathParam("id") int id, String body) {
        return Responses.ok(new OpportunityWrites(state.current(), Responses.CLOCK)
                .patch(id, Bodies.parse(body, "opportunity")));
    }

    @GET
    @Path("statuses")
    public Response statuses(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.list(d.opportunityStatuses.all(), d.opportunityStatuses.schema(), uri, headers);
    }

    @GET
    @Path("statuses/count")
    public Response countStatuses(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.count(d.opportunityStatuses.all(), d.opportunityStatuses.schema(), uri, headers);
    }

    @GET
    @Path("statuses/{id}")
    public Response status(@PathParam("id") int id) {
        return Responses.one(state.current().opportunityStatuses, id);
    }

    /** The {@code Forecast} of an opportunity: its lines and totals. */
    @GET
    @Path("{parentId}/forecast")
    public Response forecast(@PathParam("parentId") int id) {
        SandboxData d = state.current();
        JsonObject opportunity = Responses.require(d.opportunities, id);
        List<JsonObject> items = d.forecastItems.childrenOf(id);
        JsonArrayBuilder array = Jsons.arr();
        BigDecimal recurring = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (JsonObject item : items) {
            array.add(item);
            recurring = recurring.add(item.getJsonNumber("recurringRevenue").bigDecimalValue());
            total = total.add(item.getJsonNumber("revenue").bigDecimalValue());
        }
        return Responses.ok(Jsons.obj().add("id", id).add("forecastItems", array)
                .add("recurringTotal", recurring).add("salesTaxRevenue", BigDecimal.ZERO.setScale(2))
                .add("forecastTotalWithTaxes", total).add("expectedProbability", 50)
                .add("_info", opportunity.getJsonObject("_info")).build());
    }

    @GET
    @Path("{parentId}/notes")
    public Response notes(@PathParam("parentId") int id, @Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        Responses.require(d.opportunities, id);
        return Responses.list(d.opportunityNotes.childrenOf(id), d.opportunityNotes.schema(), uri, headers);
    }

    @POST
    @Path("{parentId}/notes")
    public Response addNote(@PathParam("parentId") int id, String body) {
        return Responses.created(new OpportunityWrites(state.current(), Responses.CLOCK)
                .addNote(id, Bodies.parse(body, "opportunityNote")));
    }
}
