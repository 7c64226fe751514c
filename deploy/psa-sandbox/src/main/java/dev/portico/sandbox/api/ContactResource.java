package dev.portico.sandbox.api;

import dev.portico.sandbox.SandboxState;
import dev.portico.sandbox.faults.ApiStats;
import dev.portico.sandbox.query.FieldCatalog;
import dev.portico.sandbox.query.FieldType;
import dev.portico.sandbox.query.QuerySchema;
import dev.portico.sandbox.store.Jsons;
import dev.portico.sandbox.store.SandboxData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code /company/contacts}: contacts, their communication items, portal security and portal log-in. */
@RequestScoped
@Path("company/contacts")
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    private static final QuerySchema COMMUNICATIONS = QuerySchema.of("contactCommunication", FieldCatalog.builder()
            .declare("id", FieldType.NUMBER).declare("contactId", FieldType.NUMBER)
            .declare("type/id", FieldType.NUMBER).declare("type/name", FieldType.STRING)
            .declare("value", FieldType.STRING).declare("extension", FieldType.STRING)
            .declare("defaultFlag", FieldType.BOOLEAN).declare("communicationType", FieldType.STRING)
            .declare("domain", FieldType.STRING).build());

    @Inject
    SandboxState state;

    @Inject
    ApiStats stats;

    private ContactWrites writes() {
        return new ContactWrites(state.current(), Responses.CLOCK);
    }

    @GET
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.list(d.contacts.all(), d.contacts.schema(), uri, headers);
    }

    @GET
    @Path("count")
    public Response count(@Context UriInfo uri, @Context HttpHeaders headers) {
        SandboxData d = state.current();
        return Responses.count(d.contacts.all(), d.contacts.schema(), uri, headers);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") int id) {
        return Responses.one(state.current().contacts, id);
    }

    @POST
    public Response create(String body) {
        return Responses.created(writes().create(Bodies.parse(body, "contact")));
    }

    @PUT
    @Path("{id}")
    public Response replace(@PathParam("id") int id, String body) {
        return Responses.ok(writes().replace(id, Bodies.parse(body, "contact")));
    }

    @PATCH
    @Path("{id}")
    public Response patch(@PathParam("id") int id, String body) {
        return Responses.ok(writes().patch(id, Bodies.parse(body, "contact")));
    }

    @GET
    @Path("{parentId}/communications")
    public Response communications(@PathParam("parentId") int id, @Context UriInfo uri, @Context HttpHeaders headers) {
        return Responses.list(writes().communications(id), COMMUNICATIONS, uri, headers);
    }

    @GET
    @Path("{parentId}/communications/{id}")
    public Response communication(@PathParam("parentId") int contactId, @PathParam("id") int id) {
        return Responses.ok(writes().communications(contactId).stream().filter(c -> c.getInt("id") == id).findFirst()
                .orElseThrow(() -> ApiException.notFound("contactCommunication", id)));
    }

    @POST
    @Path("{parentId}/communications")
    public Response addCommunication(@PathParam("parentId") int id, String body) {
        return Responses.created(writes().addCommunication(id, Bodies.parse(body, "contactCommunication")));
    }

    @GET
    @Path("{id}/portalSecurity")
    public Response portalSecurity(@PathParam("id") int id) {
        return Responses.ok(writes().portalSecurity(id));
    }

    /** Answers 200 with {@code success} true only for the right password, whatever the contact's flags. */
    @POST
    @Path("validatePortalCredentials")
    public Response validate(String body) {
        return Responses.ok(writes().validate(Bodies.parse(body, "validatePortalRequest")));
    }

    /** Always 200 for a well-formed request; the request is recorded in the admin stats, no e-mail is sent. */
    @POST
    @Path("requestPassword")
    public Response requestPassword(String body) {
        JsonValue parsed = Bodies.parse(body, "requestPasswordRequest");
        Integer contactId = writes().requestPassword(parsed);
        stats.passwordRequested(Jsons.string(parsed.asJsonObject(), "email"), contactId);
        return Responses.ok(Jsons.obj().add("success", true)
                .add("message", "If the e-mail address is known, a password e-mail has been sent.").build());
    }
}
