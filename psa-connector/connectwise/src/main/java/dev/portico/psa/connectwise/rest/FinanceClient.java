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

/** ConnectWise {@code /finance/...}: agreements and invoices. */
@Path("/finance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface FinanceClient {

    @GET
    @Path("/agreements")
    List<CwAgreement> agreements(@BeanParam CwListParams params);

    @GET
    @Path("/agreements/count")
    CwCount countAgreements(@BeanParam CwListParams params);

    @GET
    @Path("/agreements/{id}")
    CwAgreement agreement(@PathParam("id") long id, @QueryParam("fields") String fields);

    @GET
    @Path("/invoices")
    List<CwInvoice> invoices(@BeanParam CwListParams params);

    @GET
    @Path("/invoices/count")
    CwCount countInvoices(@BeanParam CwListParams params);

    @GET
    @Path("/invoices/{id}")
    CwInvoice invoice(@PathParam("id") long id, @QueryParam("fields") String fields);

    @GET
    @Path("/invoices/{id}/pdf")
    @Produces("application/pdf")
    InputStream invoicePdf(@PathParam("id") long id);
}
