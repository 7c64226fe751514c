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
import jakarta.ws.rs.core.Response;
import java.util.List;

/** ConnectWise {@code /company/...}: contacts, portal log-in, companies, sites and configurations. */
@Path("/company")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CompanyClient {

    @POST
    @Path("/contacts/validatePortalCredentials")
    CwValidatePortalResponse validatePortalCredentials(CwValidatePortalRequest request);

    /** ConnectWise documents no answer body here, so the caller closes the response unread. */
    @POST
    @Path("/contacts/requestPassword")
    Response requestPassword(CwRequestPasswordRequest request);

    @GET
    @Path("/contacts/{id}")
    CwContact contact(@PathParam("id") long id, @QueryParam("fields") String fields);

    @GET
    @Path("/contacts")
    List<CwContact> contacts(@BeanParam CwListParams params);

    @GET
    @Path("/contacts/count")
    CwCount countContacts(@BeanParam CwListParams params);

    @POST
    @Path("/contacts")
    CwContact createContact(CwContact contact);

    @POST
    @Path("/contacts/{parentId}/communications")
    CwContactCommunication addCommunication(@PathParam("parentId") long contactId, CwContactCommunication item);

    @GET
    @Path("/communicationTypes")
    List<CwCommunicationType> communicationTypes(@BeanParam CwListParams params);

    @GET
    @Path("/portalSecurityLevels")
    List<CwSecurityLevel> portalSecurityLevels(@BeanParam CwListParams params);

    @GET
    @Path("/companies/{id}")
    CwCompany company(@PathParam("id") long id, @QueryParam("fields") String fields);

    @GET
    @Path("/companies/{parentId}/sites")
    List<CwSite> sites(@PathParam("parentId") long companyId, @BeanParam CwListParams params);

    @GET
    @Path("/configurations")
    List<CwConfiguration> configurations(@BeanParam CwListParams params);

    @GET
    @Path("/configurations/count")
    CwCount countConfigurations(@BeanParam CwListParams params);

    @GET
    @Path("/configurations/{id}")
    CwConfiguration configuration(@PathParam("id") long id, @QueryParam("fields") String fields);

    @GET
    @Path("/configurations/types")
    List<CwConfigurationStatus> configurationTypes(@BeanParam CwListParams params);

    @GET
    @Path("/configurations/statuses")
    List<CwConfigurationStatus> configurationStatuses(@BeanParam CwListParams params);
}
