package dev.portico.psa.connectwise.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** ConnectWise {@code /sales/opportunities}: recommendations (status changes are PATCHed through {@code CwRawHttp}). */
@Path("/sales/opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface SalesClient {

    @GET
    List<CwOpportunity> opportunities(@BeanParam CwListParams params);

    @GET
    @Path("/count")
    CwCount countOpportunities(@BeanParam CwListParams params);

    @GET
    @Path("/{id}")
    CwOpportunity opportunity(@PathParam("id") long id, @QueryParam("fields") String fields);

    @GET
    @Path("/statuses")
    List<CwOpportunityStatus> statuses(@BeanParam CwListParams params);

    @GET
    @Path("/{parentId}/forecast")
    CwForecast forecast(@PathParam("parentId") long opportunityId);

    @POST
    @Path("/{parentId}/notes")
    CwOpportunityNote addNote(@PathParam("parentId") long opportunityId, CwOpportunityNote note);
}
