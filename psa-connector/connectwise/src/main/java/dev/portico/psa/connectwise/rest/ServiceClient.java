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

/** ConnectWise {@code /service/...}: tickets, notes, knowledge base and the service reference data. */
@Path("/service")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ServiceClient {

    @GET
    @Path("/tickets")
    List<CwTicket> tickets(@BeanParam CwListParams params);

    @GET
    @Path("/tickets/count")
    CwCount countTickets(@BeanParam CwListParams params);

    @GET
    @Path("/tickets/{id}")
    CwTicket ticket(@PathParam("id") long id, @QueryParam("fields") String fields);

    @POST
    @Path("/tickets")
    CwTicket createTicket(CwTicket ticket);

    @GET
    @Path("/tickets/{parentId}/notes")
    List<CwServiceNote> notes(@PathParam("parentId") long ticketId, @BeanParam CwListParams params);

    @POST
    @Path("/tickets/{parentId}/notes")
    CwServiceNote addNote(@PathParam("parentId") long ticketId, CwServiceNote note);

    @GET
    @Path("/tickets/{parentId}/configurations")
    List<CwConfigurationRef> ticketConfigurations(@PathParam("parentId") long ticketId, @BeanParam CwListParams params);

    @POST
    @Path("/tickets/{parentId}/configurations")
    CwConfigurationRef addTicketConfiguration(@PathParam("parentId") long ticketId, CwConfigurationRef configuration);

    @GET
    @Path("/boards")
    List<CwBoard> boards(@BeanParam CwListParams params);

    @GET
    @Path("/boards/{parentId}/statuses")
    List<CwBoardStatus> statuses(@PathParam("parentId") long boardId, @BeanParam CwListParams params);

    @GET
    @Path("/boards/{parentId}/types")
    List<CwBoard> types(@PathParam("parentId") long boardId, @BeanParam CwListParams params);

    @GET
    @Path("/boards/{parentId}/subtypes")
    List<CwBoard> subtypes(@PathParam("parentId") long boardId, @BeanParam CwListParams params);

    @GET
    @Path("/boards/{parentId}/items")
    List<CwBoard> items(@PathParam("parentId") long boardId, @BeanParam CwListParams params);

    @GET
    @Path("/priorities")
    List<CwPriority> priorities(@BeanParam CwListParams params);

    @GET
    @Path("/impacts")
    List<CwNamed> impacts(@BeanParam CwListParams params);

    @GET
    @Path("/severities")
    List<CwNamed> severities(@BeanParam CwListParams params);

    @GET
    @Path("/sources")
    List<CwNamed> sources(@BeanParam CwListParams params);

    @GET
    @Path("/knowledgeBaseArticles")
    List<CwKnowledgeArticle> knowledgeArticles(@BeanParam CwListParams params);

    @GET
    @Path("/knowledgeBaseArticles/count")
    CwCount countKnowledgeArticles(@BeanParam CwListParams params);

    @GET
    @Path("/knowledgeBaseArticles/{id}")
    CwKnowledgeArticle knowledgeArticle(@PathParam("id") long id, @QueryParam("fields") String fields);
}
