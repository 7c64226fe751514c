package dev.portico.sandbox.api;

import dev.portico.sandbox.SandboxState;
import dev.portico.sandbox.store.SandboxData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code /company/...}: companies and sites, portal security levels and settings, communication types,
 * configurations.
 */
@RequestScoped
@Path("company")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyResource {

    @Inject
    SandboxState state;

    @GET
    @Path("companies")
    public Response companies(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.list(d.companies.all(), d.companies.schema(), uri, headers);
    }

    @GET
    @Path("companies/count")
    public Response countCompanies(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.count(d.companies.all(), d.companies.schema(), uri, headers);
    }

    @GET
    @Path("companies/{id}")
    public Response company(@PathParam("id") int id) {
        return Responses.one(state.current().companies, id);
    }

    @GET
    @Path("companies/{parentId}/sites")
    public Response sites(@PathParam("parentId") int companyId, @Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        Responses.require(d.companies, companyId);
        return Responses.list(d.sites.childrenOf(companyId), d.sites.schema(), uri, headers);
    }

    @GET
    @Path("companies/{parentId}/sites/count")
    public Response countSites(@PathParam("parentId") int companyId, @Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        Responses.require(d.companies, companyId);
        return Responses.count(d.sites.childrenOf(companyId), d.sites.schema(), uri, headers);
    }

    @GET
    @Path("companies/{parentId}/sites/{id}")
    public Response site(@PathParam("parentId") int companyId, @PathParam("id") int id) {
        SandboxData d = state.current();
        Responses.require(d.companies, companyId);
        return Responses.child(d.sites, companyId, id);
    }

    @GET
    @Path("portalSecurityLevels")
    public Response levels(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.list(d.portalSecurityLevels.all(), d.portalSecurityLevels.schema(), uri, headers);
    }

    @GET
    @Path("portalSecurityLevels/count")
    public Response countLevels(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.count(d.portalSecurityLevels.all(), d.portalSecurityLevels.schema(), uri, headers);
    }

    @GET
    @Path("portalSecurityLevels/{id}")
    public Response level(@PathParam("id") int id) {
        return Responses.one(state.current().portalSecurityLevels, id);
    }

    @GET
    @Path("portalSecuritySettings")
    public Response settings(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.list(d.portalSecuritySettings.all(), d.portalSecuritySettings.schema(), uri, headers);
    }

    @GET
    @Path("communicationTypes")
    public Response communicationTypes(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.list(d.communicationTypes.all(), d.communicationTypes.schema(), uri, headers);
    }

    @GET
    @Path("communicationTypes/count")
    public Response countCommunicationTypes(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.count(d.communicationTypes.all(), d.communicationTypes.schema(), uri, headers);
    }

    @GET
    @Path("communicationTypes/{id}")
    public Response communicationType(@PathParam("id") int id) {
        return Responses.one(state.current().communicationTypes, id);
    }

    @GET
    @Path("configurations")
    public Response configurations(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.list(d.configurations.all(), d.configurations.schema(), uri, headers);
    }

    @GET
    @Path("configurations/count")
    public Response countConfigurations(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.count(d.configurations.all(), d.configurations.schema(), uri, headers);
    }

    @GET
    @Path("configurations/{id}")
    public Response configuration(@PathParam("id") int id) {
        return Responses.one(state.current().configurations, id);
    }

    @GET
    @Path("configurations/types")
    public Response types(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.list(d.configurationTypes.all(), d.configurationTypes.schema(), uri, headers);
    }

    @GET
    @Path("configurations/types/count")
    public Response countTypes(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.count(d.configurationTypes.all(), d.configurationTypes.schema(), uri, headers);
    }

    @GET
    @Path("configurations/types/{id}")
    public Response type(@PathParam("id") int id) {
        return Responses.one(state.current().configurationTypes, id);
    }

    @GET
    @Path("configurations/statuses")
    public Response statuses(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.list(d.configurationStatuses.all(), d.configurationStatuses.schema(), uri, headers);
    }

    @GET
    @Path("configurations/statuses/count")
    public Response countStatuses(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.count(d.configurationStatuses.all(), d.configurationStatuses.schema(), uri, headers);
    }

    @GET
    @Path("configurations/statuses/{id}")
    public Response status(@PathParam("id") int id) {
        return Responses.one(state.current().configurationStatuses, id);
    }
}
