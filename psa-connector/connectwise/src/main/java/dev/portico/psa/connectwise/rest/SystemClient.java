package dev.portico.psa.connectwise.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;

/** ConnectWise {@code /system/documents}: attachments (uploads go through {@code CwRawHttp} as multipart). */
@Path("/system")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface SystemClient {

    @GET
    @Path("/documents")
    List<CwDocument> documents(@QueryParam("recordType") String recordType, @QueryParam("recordId") long recordId,
            @BeanParam CwListParams params);

    @GET
    @Path("/documents/{id}/download")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    InputStream download(@PathParam("id") long id);
}
