package dev.portico.psa.autotask.rest;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Autotask's REST API below a zone's {@code .../ATServicesRest/V1.0}. Every entity has the same shape, so the
 * entity's REST name is a path parameter; the adapter only ever passes names of its own entity list, never text
 * from a request. Answers are read as JSON-P objects and mapped by the gateways.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AutotaskApi {

    /** {@code GET /{Entity}/{id}}: {@code {item}} (some entities answer {@code {items:[...]}}). */
    @GET
    @Path("{entity}/{id}")
    JsonObject get(@PathParam("entity") String entity, @PathParam("id") long id);

    /** {@code POST /{Entity}/query} with a {@code QueryModel}: {@code {items, pageDetails}}. */
    @POST
    @Path("{entity}/query")
    JsonObject query(@PathParam("entity") String entity, JsonObject queryModel);

    /** {@code POST /{Entity}/query/count}: {@code {queryCount}}. */
    @POST
    @Path("{entity}/query/count")
    JsonObject count(@PathParam("entity") String entity, JsonObject queryModel);

    /** {@code POST /{Entity}}: {@code {itemId}}. */
    @POST
    @Path("{entity}")
    JsonObject create(@PathParam("entity") String entity, JsonObject item);

    /** {@code POST /{Parent}/{parentId}/{Child}}: child entities are only created through their parent. */
    @POST
    @Path("{parent}/{parentId}/{child}")
    JsonObject createChild(@PathParam("parent") String parent, @PathParam("parentId") long parentId,
            @PathParam("child") String child, JsonObject item);

    /** {@code GET /{Entity}/entityInformation/fields}: field metadata with picklist values and labels. */
    @GET
    @Path("{entity}/entityInformation/fields")
    JsonObject fields(@PathParam("entity") String entity);

    /** {@code GET /ThresholdInformation}: the tenant's hourly budget and its use. */
    @GET
    @Path("ThresholdInformation")
    JsonObject threshold();

    /** {@code GET /Invoices/{id}/InvoiceMarkupHtml}: {@code {invoiceMarkup}}. */
    @GET
    @Path("Invoices/{id}/InvoiceMarkupHtml")
    JsonObject invoiceMarkupHtml(@PathParam("id") long id);
}
