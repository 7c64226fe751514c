package dev.portico.psa.connectwise.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** ConnectWise {@code /project/...}: projects, work plans and project tickets. */
@Path("/project")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ProjectClient {

    @GET
    @Path("/projects")
    List<CwProject> projects(@BeanParam CwListParams params);

    @GET
    @Path("/projects/count")
    CwCount countProjects(@BeanParam CwListParams params);

    @GET
    @Path("/projects/{id}")
    CwProject project(@PathParam("id") long id, @QueryParam("fields") String fields);

    @GET
    @Path("/projects/{id}/projectWorkplan")
    CwWorkplan workplan(@PathParam("id") long id);

    @GET
    @Path("/tickets")
    List<CwProjectTicket> tickets(@BeanParam CwListParams params);

    @GET
    @Path("/tickets/count")
    CwCount countTickets(@BeanParam CwListParams params);
}
