package dev.portico.sandbox.api;

import dev.portico.sandbox.SandboxState;
import dev.portico.sandbox.store.SandboxData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code /finance/...}: agreements and invoices, with invoice PDFs. */
@RequestScoped
@Path("finance")
@Produces(MediaType.APPLICATION_JSON)
public class FinanceResource {

    @Inject
    SandboxState state;

    @GET
    @Path("agreements")
    public Response agreements(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.list(d.agreements.all(), d.agreements.schema(), uri, headers);
    }

    @GET
    @Path("agreements/count")
    public Response countAgreements(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.count(d.agreements.all(), d.agreements.schema(), uri, headers);
    }

    @GET
    @Path("agreements/{id}")
    public Response agreement(@PathParam("id") int id) {
        return Responses.one(state.current().agreements, id);
    }

    @GET
    @Path("invoices")
    public Response invoices(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.list(d.invoices.all(), d.invoices.schema(), uri, headers);
    }

    @GET
    @Path("invoices/count")
    public Response countInvoices(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.count(d.invoices.all(), d.invoices.schema(), uri, headers);
    }

    @GET
    @Path("invoices/{id}")
    public Response invoice(@PathParam("id") int id) {
        return Responses.one(state.current().invoices, id);
    }

    @GET
    @Path("invoices/{id}/pdf")
    @Produces(MediaType.WILDCARD)
    public Response pdf(@PathParam("id") int id) {
        SandboxData d = state.current();
        JsonObject invoice = Responses.require(d.invoices, id);
        byte[] pdf = InvoicePdf.render(invoice, d.invoiceLines.get(id));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + invoice.getString("invoiceNumber") + ".pdf\"")
                .build();
    }
}
