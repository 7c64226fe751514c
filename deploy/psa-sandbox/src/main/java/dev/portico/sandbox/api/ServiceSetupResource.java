package dev.portico.sandbox.api;

import dev.portico.sandbox.SandboxState;
import dev.portico.sandbox.store.RecordCollection;
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
import java.util.function.Function;

/** {@code /service/...} reference data: boards with their statuses, types, subtypes and items; priorities,
 * severities, impacts, sources; and the knowledge base. */
@RequestScoped
@Path("service")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceSetupResource {

    @Inject
    SandboxState state;

    private Response all(Function<SandboxData, RecordCollection> c, UriInfo uri, HttpHeaders headers) {
        RecordCollection collection = c.apply(state.current());
        return Responses.list(collection.all(), collection.schema(), uri, headers);
    }

    private Response count(Function<SandboxData, RecordCollection> c, UriInfo uri, HttpHeaders headers) {
        RecordCollection collection = c.apply(state.current());
        return Responses.count(collection.all(), collection.schema(), uri, headers);
    }

    private Response ofBoard(Function<SandboxData, RecordCollection> c, int boardId, UriInfo uri, HttpHeaders headers) {
        SandboxData d = state.current();
        Responses.require(d.boards, boardId);
        RecordCollection collection = c.apply(d);
        return Responses.list(collection.childrenOf(boardId), collection.schema(), uri, headers);
    }

    private Response countOfBoard(Function<SandboxData, RecordCollection> c, int boardId, UriInfo uri,
                                  HttpHeaders headers) {
        SandboxData d = state.current();
        Responses.require(d.boards, boardId);
        RecordCollection collection = c.apply(d);
        return Responses.count(collection.childrenOf(boardId), collection.schema(), uri, headers);
    }

    private Response oneOfBoard(Function<SandboxData, RecordCollection> c, int boardId, int id) {
        SandboxData d = state.current();
        Responses.require(d.boards, boardId);
        return Responses.child(c.apply(d), boardId, id);
    }

    @GET
    @Path("boards")
    public Response boards(@Context UriInfo uri, @Context HttpHeaders headers) {
        return all(d -> d.boards, uri, headers);
    }

    @GET
    @Path("boards/count")
    public Response countBoards(@Context UriInfo uri, @Context HttpHeaders headers) {
        return count(d -> d.boards, uri, headers);
    }

    @GET
    @Path("boards/{id}")
    public Response board(@PathParam("id") int id) {
        return Responses.one(state.current().boards, id);
    }

    @GET
    @Path("boards/{parentId}/statuses")
    public Response statuses(@PathParam("parentId") int boardId, @Context UriInfo uri, @Context HttpHeaders headers) {
        return ofBoard(d -> d.boardStatuses, boardId, uri, headers);
    }

    @GET
    @Path("boards/{parentId}/statuses/count")
    public Response countStatuses(@PathParam("parentId") int boardId, @Context UriInfo uri, @Context HttpHeaders headers) {
        return countOfBoard(d -> d.boardStatuses, boardId, uri, headers);
    }

    @GET
    @Path("boards/{parentId}/statuses/{id}")
    public Response status(@PathParam("parentId") int boardId, @PathParam("id") int id) {
        return oneOfBoard(d -> d.boardStatuses, boardId, id);
    }

    @GET
    @Path("boards/{parentId}/types")
    public Response types(@PathParam("parentId") int boardId, @Context UriInfo uri, @Context HttpHeaders headers) {
        return ofBoard(d -> d.boardTypes, boardId, uri, headers);
    }

    @GET
    @Path("boards/{parentId}/types/{id}")
    public Response type(@PathParam("parentId") int boardId, @PathParam("id") int id) {
        return oneOfBoard(d -> d.boardTypes, boardId, id);
    }

    @GET
    @Path("boards/{parentId}/subtypes")
    public Response subtypes(@PathParam("parentId") int boardId, @Context UriInfo uri, @Context HttpHeaders headers) {
        return ofBoard(d -> d.boardSubTypes, boardId, uri, headers);
    }

    @GET
    @Path("boards/{parentId}/subtypes/{id}")
    public Response subtype(@PathParam("parentId") int boardId, @PathParam("id") int id) {
        return oneOfBoard(d -> d.boardSubTypes, boardId, id);
    }

    @GET
    @Path("boards/{parentId}/items")
    public Response items(@PathParam("parentId") int boardId, @Context UriInfo uri, @Context HttpHeaders headers) {
        return ofBoard(d -> d.boardItems, boardId, uri, headers);
    }

    @GET
    @Path("boards/{parentId}/items/{id}")
    public Response item(@PathParam("parentId") int boardId, @PathParam("id") int id) {
        return oneOfBoard(d -> d.boardItems, boardId, id);
    }

    @GET
    @Path("priorities")
    public Response priorities(@Context UriInfo uri, @Context HttpHeaders headers) {
        return all(d -> d.priorities, uri, headers);
    }

    @GET
    @Path("priorities/count")
    public Response countPriorities(@Context UriInfo uri, @Context HttpHeaders headers) {
        return count(d -> d.priorities, uri, headers);
    }

    @GET
    @Path("priorities/{id}")
    public Response priority(@PathParam("id") int id) {
        return Responses.one(state.current().priorities, id);
    }

    @GET
    @Path("severities")
    public Response severities(@Context UriInfo uri, @Context HttpHeaders headers) {
        return all(d -> d.severities, uri, headers);
    }

    @GET
    @Path("impacts")
    public Response impacts(@Context UriInfo uri, @Context HttpHeaders headers) {
        return all(d -> d.impacts, uri, headers);
    }

    @GET
    @Path("sources")
    public Response sources(@Context UriInfo uri, @Context HttpHeaders headers) {
        return all(d -> d.sources, uri, headers);
    }

    @GET
    @Path("sources/count")
    public Response countSources(@Context UriInfo uri, @Context HttpHeaders headers) {
        return count(d -> d.sources, uri, headers);
    }

    @GET
    @Path("sources/{id}")
    public Response source(@PathParam("id") int id) {
        return Responses.one(state.current().sources, id);
    }

    @GET
    @Path("knowledgeBaseArticles")
    public Response articles(@Context UriInfo uri, @Context HttpHeaders headers) {
        return all(d -> d.knowledgeBaseArticles, uri, headers);
    }

    @GET
    @Path("knowledgeBaseArticles/count")
    public Response countArticles(@Context UriInfo uri, @Context HttpHeaders headers) {
        return count(d -> d.knowledgeBaseArticles, uri, headers);
    }

    @GET
    @Path("knowledgeBaseArticles/{id}")
    public Response article(@PathParam("id") int id) {
        return Responses.one(state.current().knowledgeBaseArticles, id);
    }
}
