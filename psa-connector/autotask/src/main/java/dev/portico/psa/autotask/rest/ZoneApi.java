package dev.portico.psa.autotask.rest;

import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Zone discovery on any Autotask web-services host: which zone (base URL) serves the API user's tenant. */
@Produces(MediaType.APPLICATION_JSON)
public interface ZoneApi {

    /** {@code GET /V1.0/ZoneInformation?user=}: {@code {zoneName, url, webUrl, ci}}. */
    @GET
    @Path("V1.0/ZoneInformation")
    JsonObject zoneInformation(@QueryParam("user") String user);
}
