package dev.portico.sandbox.api;

import dev.portico.sandbox.SandboxState;
import dev.portico.sandbox.store.SandboxData;
import dev.portico.sandbox.store.SandboxData.DocumentLink;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /system/documents}: attachments. Lists need {@code recordType} and {@code recordId}; uploads are
 * multipart (JSON gets 415, as on ConnectWise); downloads stream the stored bytes.
 */
@RequestScoped
@Path("system/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    @Inject
    SandboxState state;

    private List<JsonObject> attachedTo(UriInfo uri) {
        Map<String, List<String>> query = uri.getQueryParameters();
        String recordType = first(query, "recordType");
        String recordId = first(query, "recordId");
        Validation val = new Validation("document");
        if (recordType == null || recordType.isBlank()) {
            val.missing("recordType");
        }
        Integer id = null;
        if (recordId == null || recordId.isBlank()) {
            val.missing("recordId");
        } else {
            try {
                id = Integer.parseInt(recordId.trim());
            } catch (NumberFormatException e) {
                val.invalid("recordId", "The recordId must be a number.");
            }
        }
        val.check();
        SandboxData d = state.current();
        List<JsonObject> docs = new ArrayList<>();
        for (JsonObject doc : d.documents.all()) {
            DocumentLink link = d.documentLinks.get(doc.getInt("id"));
            if (link != null && link.recordId() == id && link.recordType().equalsIgnoreCase(recordType.trim())) {
                docs.add(doc);
            }
        }
        return docs;
    }

    private static String first(Map<String, List<String>> query, String name) {
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    @GET
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        return Responses.list(attachedTo(uri), state.current().documents.schema(), uri, headers);
    }

    @GET
    @Path("count")
    public Response count(@Context UriInfo uri, @Context HttpHeaders headers) {
        return Responses.count(attachedTo(uri), state.current().documents.schema(), uri, headers);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") int id) {
        return Responses.one(state.current().documents, id);
    }

    @GET
    @Path("{id}/download")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") int id) {
        SandboxData d = state.current();
        JsonObject doc = Responses.require(d.documents, id);
        byte[] content = d.documentContent.get(id);
        String fileName = doc.getString("fileName");
        return Response.ok(content, DocumentWrites.mediaType(fileName))
                .header("Content-Disposition", "attachment; filename=\"" + fileName.replace("\"", "") + "\"")
                .header("Content-Length", content.length)
                .build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body)
            throws IOException {
        byte[] bytes = body.readNBytes(DocumentWrites.MAX_BYTES + 64 * 1024);
        return Responses.created(new DocumentWrites(state.current(), Responses.CLOCK).upload(contentType, bytes));
    }
}
