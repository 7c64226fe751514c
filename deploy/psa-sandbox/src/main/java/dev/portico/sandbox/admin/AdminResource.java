package dev.portico.sandbox.admin;

import dev.portico.sandbox.SandboxState;
import dev.portico.sandbox.autotask.AtLimits;
import dev.portico.sandbox.faults.ApiStats;
import dev.portico.sandbox.faults.FaultKnobs;
import dev.portico.sandbox.seed.SeedIds;
import dev.portico.sandbox.store.Jsons;
import dev.portico.sandbox.store.RecordCollection;
import dev.portico.sandbox.store.SandboxData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** The admin endpoints; see docs/sandbox.md for their JSON. */
@RequestScoped
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    @Inject
    FaultKnobs faults;

    @Inject
    ApiStats stats;

    @Inject
    SandboxState state;

    /** The Autotask face's hourly request count; cleared with the statistics. */
    @Inject
    AtLimits autotaskLimits;

    private static Response json(int status, JsonValue body) {
        return Response.status(status).type("application/json; charset=utf-8").entity(body.toString()).build();
    }

    private static Response error(String message) {
        return json(400, Jsons.obj().add("code", "InvalidObject").add("message", message)
                .add("errors", Jsons.arr()).build());
    }

    @GET
    @Path("faults")
    public Response faults() {
        return json(200, faults.toJson());
    }

    /** Sets any of latencyMs, errorRate, rateLimitRemaining, retryAfterSeconds, down; the others keep their values. */
    @PUT
    @Path("faults")
    public Response setFaults(String body) {
        JsonValue parsed;
        try {
            parsed = Jsons.parse(body == null ? "" : body);
        } catch (JsonException | IllegalStateException e) {
            return error("The body must be a JSON object of fault knobs.");
        }
        if (!(parsed instanceof JsonObject changes)) {
            return error("The body must be a JSON object of fault knobs.");
        }
        try {
            return json(200, faults.update(changes));
        } catch (IllegalArgumentException e) {
            return error(e.getMessage());
        }
    }

    @POST
    @Path("faults/reset")
    public Response resetFaults() {
        return json(200, faults.reset());
    }

    @GET
    @Path("stats")
    public Response stats() {
        return json(200, stats.toJson());
    }

    @POST
    @Path("stats/reset")
    public Response resetStats() {
        stats.reset();
        if (autotaskLimits != null) {
            autotaskLimits.reset();
        }
        return json(200, stats.toJson());
    }

    /** Throws away every change made through the API and seeds again. */
    @POST
    @Path("data/reset")
    public Response resetData() {
        state.reseed();
        return info();
    }

    /** What is seeded: companies with their ids, record counts and one sample id per kind, and the demo log-ins. */
    @GET
    @Path("info")
    public Response info() {
        SandboxData d = state.current();
        JsonArrayBuilder companies = Jsons.arr();
        for (JsonObject company : d.companies.all()) {
            int id = company.getInt("id");
            JsonObjectBuilder counts = Jsons.obj();
            JsonObjectBuilder samples = Jsons.obj();
            Map<String, RecordCollection> kinds = Map.of("tickets", d.tickets, "projectTickets", d.projectTickets,
                    "contacts", d.contacts, "configurations", d.configurations, "opportunities", d.opportunities,
                    "projects", d.projects, "agreements", d.agreements, "invoices", d.invoices);
            for (String kind : List.of("tickets", "projectTickets", "contacts", "configurations", "opportunities",
                    "projects", "agreements", "invoices")) {
                List<JsonObject> owned = kinds.get(kind).all().stream()
                        .filter(r -> Integer.valueOf(id).equals(Jsons.refId(r, "company"))).toList();
                counts.add(kind, owned.size());
                if (!owned.isEmpty()) {
                    samples.add(kind, owned.get(0).getInt("id"));
                }
            }
            JsonArrayBuilder sites = Jsons.arr();
            d.sites.childrenOf(id).forEach(s -> sites.add(Jsons.ref(s.getInt("id"), s.getString("name"))));
            companies.add(Jsons.obj().add("id", id).add("identifier", company.getString("identifier"))
                    .add("name", company.getString("name")).add("sites", sites).add("counts", counts)
                    .add("sampleIds", samples));
        }
        JsonArrayBuilder logins = Jsons.arr();
        for (int contactId : new int[] {SeedIds.AVA, SeedIds.SAM, SeedIds.OLLY, SeedIds.DAN, SeedIds.INA, SeedIds.FAY}) {
            JsonObject c = d.contacts.get(contactId);
            if (c == null) {
                continue;
            }
            String email = c.getJsonArray("communicationItems").getValuesAs(JsonObject.class).stream()
                    .filter(i -> "Email".equals(Jsons.string(i, "communicationType"))).findFirst()
                    .map(i -> i.getString("value")).orElse("");
            logins.add(Jsons.obj().add("email", email).add("contactId", contactId)
                    .add("companyId", Jsons.refId(c, "company")).add("portalSecurityLevel", c.getInt("portalSecurityLevel"))
                    .add("disablePortalLoginFlag", c.getBoolean("disablePortalLoginFlag"))
                    .add("inactiveFlag", c.getBoolean("inactiveFlag")));
        }
        return json(200, Jsons.obj().add("apiPath", "/v4_6_release/apis/3.0")
                .add("autotaskApiPath", "/v4_6_release/atservicesrest/V1.0")
                .add("seededAt", Jsons.iso(d.seededAt())).add("demoPassword", SeedIds.DEMO_PASSWORD)
                .add("companies", companies).add("demoLogins", logins).build());
    }
}
