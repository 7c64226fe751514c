package dev.portico.sandbox.autotask;

import dev.portico.sandbox.SandboxState;
import dev.portico.sandbox.query.AutotaskQuery;
import dev.portico.sandbox.query.AutotaskQueryException;
import dev.portico.sandbox.store.Jsons;
import dev.portico.sandbox.store.SandboxData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Autotask REST API ({@code ATServicesRest/V1.0}) over the sandbox store. Every path segment is matched without
 * regard to case ({@code v1.0/tickets/QUERY} works), so one generic set of methods serves every entity of
 * {@link AtEntities}.
 */
@RequestScoped
@Path("{version}")
@Produces(MediaType.APPLICATION_JSON)
public class AutotaskResource {

    static final String JSON = "application/json; charset=utf-8";

    /** Child collections reached through a parent path: {@code Tickets/{id}/Notes} and so on. */
    private static final Map<String, String[]> CHILDREN = Map.of(
            "tickets/notes", new String[] {"TicketNotes", "ticketID"},
            "tickets/attachments", new String[] {"TicketAttachments", "parentID"},
            "tickets/changerequestapprovals", new String[] {"TicketChangeRequestApprovals", "ticketID"},
            "companies/contacts", new String[] {"Contacts", "companyID"},
            "companies/locations", new String[] {"CompanyLocations", "companyID"},
            "projects/phases", new String[] {"Phases", "projectID"},
            "projects/tasks", new String[] {"Tasks", "projectID"},
            "quotes/items", new String[] {"QuoteItems", "quoteID"},
            "knowledgebasearticles/plaintextcontent", new String[] {"ArticlePlainTextContent", "id"});
    private static final Map<String, String> WORDS = Map.of("query", "query", "count", "count", "next", "next",
            "entityinformation", "entityInformation", "fields", "fields", "invoicemarkuphtml", "InvoiceMarkupHtml",
            "invoicemarkupxml", "InvoiceMarkupXml", "zoneinformation", "ZoneInformation",
            "thresholdinformation", "ThresholdInformation", "notes", "Notes");

    @Inject
    SandboxState state;
    @Inject
    AutotaskSettings settings;
    @Inject
    AtLimits limits;

    static String canonicalWord(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (WORDS.containsKey(lower)) {
            return WORDS.get(lower);
        }
        for (Map.Entry<String, String[]> e : CHILDREN.entrySet()) {
            if (e.getKey().endsWith("/" + lower)) {
                String name = e.getValue()[0];
                return name.equals("TicketChangeRequestApprovals") ? "ChangeRequestApprovals"
                        : name.equals("CompanyLocations") ? "Locations" : name.equals("QuoteItems") ? "Items"
                        : name.equals("TicketNotes") ? "Notes" : name.equals("TicketAttachments") ? "Attachments"
                        : name.equals("ArticlePlainTextContent") ? "PlainTextContent" : name;
            }
        }
        return s;
    }

    // ------------------------------------------------------------------------------------------------- routes

    @GET
    @Path("{entity}")
    public Response getRoot(@PathParam("version") String version, @PathParam("entity") String entity,
                            @QueryParam("user") String user, @Context UriInfo uri) {
        version(version);
        return switch (entity.toLowerCase(Locale.ROOT)) {
            case "zoneinformation" -> zone(user, uri);
            case "thresholdinformation" -> ok(Jsons.obj().add("externalRequestThreshold", settings.requestThreshold())
                    .add("requestThresholdTimeframe", 60)
                    .add("currentTimeframeRequestCount", limits.requestsThisHour()).build());
            default -> {
                entity(entity);
                throw new AtException(405, List.of("The requested resource does not support http method 'GET'."));
            }
        };
    }

    @POST
    @Path("{entity}")
    public Response create(@PathParam("version") String version, @PathParam("entity") String entity, String body) {
        version(version);
        AtEntity e = entity(entity);
        AtWrites writes = new AtWrites(data());
        int id = switch (e.name()) {
            case "Tickets" -> writes.createTicket(canonical(parseObject(body), e));
            case "ClientPortalUsers" -> writes.createPortalUser(canonical(parseObject(body), e));
            case "TicketNotes", "TicketAttachments", "TicketChangeRequestApprovals", "Contacts", "QuoteItems",
                    "Phases", "Tasks" -> throw new AtException(404, List.of("No resource was found that matches the "
                    + "request URI: create " + e.name() + " through the parent path."));
            default -> throw notAllowed("POST", e.name());
        };
        return itemId(id);
    }

    @PATCH
    @Path("{entity}")
    public Response patch(@PathParam("version") String version, @PathParam("entity") String entity, String body) {
        version(version);
        AtEntity e = entity(entity);
        AtWrites writes = new AtWrites(data());
        return itemId(switch (e.name()) {
            case "Tickets" -> writes.patchTicket(canonical(parseObject(body), e));
            case "Opportunities" -> writes.patchOpportunity(canonical(parseObject(body), e));
            case "ClientPortalUsers" -> writes.patchPortalUser(canonical(parseObject(body), e));
            case "Quotes" -> writes.patchQuote(canonical(parseObject(body), e));
            default -> throw notAllowed("PATCH", e.name());
        });
    }

    @PATCH
    @Path("{entity}/{a}/{b}")
    public Response patchChild(@PathParam("version") String version, @PathParam("entity") String entity,
                               @PathParam("a") String a, @PathParam("b") String b, String body) {
        version(version);
        AtEntity e = entity(entity);
        int parentId = id(a);
        if (!e.name().equals("Companies") || !b.equalsIgnoreCase("Contacts")) {
            throw notAllowed("PATCH", e.name() + "/" + b);
        }
        JsonObject in = canonical(parseObject(body), AtEntities.byName("Contacts"));
        return itemId(new AtWrites(data()).patchContact(parentId, in));
    }

    @GET
    @Path("{entity}/{a}")
    public Response get2(@PathParam("version") String version, @PathParam("entity") String entity,
                         @PathParam("a") String a, @QueryParam("search") String search, @Context UriInfo uri) {
        version(version);
        AtEntity e = entity(entity);
        if (a.equalsIgnoreCase("query")) {
            return query(e, parse(search == null ? "" : search), null, search, uri);
        }
        if (a.equalsIgnoreCase("entityInformation")) {
            return ok(Jsons.obj().add("info", AtMetadata.info(e)).build());
        }
        return item(e, id(a));
    }

    @POST
    @Path("{entity}/{a}")
    public Response post2(@PathParam("version") String version, @PathParam("entity") String entity,
                          @PathParam("a") String a, String body, @Context UriInfo uri) {
        version(version);
        AtEntity e = entity(entity);
        if (!a.equalsIgnoreCase("query")) {
            throw notFound();
        }
        return query(e, parse(body), null, null, uri);
    }

    @GET
    @Path("{entity}/{a}/{b}")
    public Response get3(@PathParam("version") String version, @PathParam("entity") String entity,
                         @PathParam("a") String a, @PathParam("b") String b, @QueryParam("search") String search,
                         @QueryParam("paging") String paging, @Context UriInfo uri) {
        version(version);
        AtEntity e = entity(entity);
        if (a.equalsIgnoreCase("query") && b.equalsIgnoreCase("count")) {
            return count(e, parse(search == null ? "" : search));
        }
        if (a.equalsIgnoreCase("query") && b.equalsIgnoreCase("next")) {
            if (search == null) {
                throw new AtException(405, List.of("The requested resource does not support http method 'GET'."));
            }
            return query(e, parse(search), paging, search, uri);
        }
        if (a.equalsIgnoreCase("entityInformation") && b.equalsIgnoreCase("fields")) {
            return ok(Jsons.obj().add("fields", AtMetadata.fields(data(), e)).build());
        }
        int id = id(a);
        if (e.name().equals("Invoices") && b.equalsIgnoreCase("InvoiceMarkupHtml")) {
            return ok(Jsons.obj().add("invoiceMarkup", InvoiceMarkup.html(data(), invoice(id))).build());
        }
        if (e.name().equals("Invoices") && b.equalsIgnoreCase("InvoiceMarkupXml")) {
            return ok(Jsons.obj().add("invoiceMarkup", InvoiceMarkup.xml(data(), invoice(id))).build());
        }
        String[] child = CHILDREN.get(e.name().toLowerCase(Locale.ROOT) + "/" + b.toLowerCase(Locale.ROOT));
        if (child == null || child[0].equals("TicketAttachments")) {
            throw notFound();
        }
        AtEntity c = AtEntities.byName(child[0]);
        JsonArrayBuilder items = Jsons.arr();
        int n = 0;
        for (JsonObject r : c.all(data())) {
            if (r.get(child[1]) instanceof JsonNumber parent && parent.longValue() == id) {
                items.add(r);
                n++;
            }
        }
        return ok(Jsons.obj().add("items", items).add("pageDetails", Jsons.obj().add("count", n)
                .add("requestCount", AutotaskQuery.MAX_RECORDS).addNull("prevPageUrl").addNull("nextPageUrl")).build());
    }

    @POST
    @Path("{entity}/{a}/{b}")
    public Response post3(@PathParam("version") String version, @PathParam("entity") String entity,
                          @PathParam("a") String a, @PathParam("b") String b, @QueryParam("paging") String paging,
                          String body, @Context UriInfo uri) {
        version(version);
        AtEntity e = entity(entity);
        if (a.equalsIgnoreCase("query") && b.equalsIgnoreCase("count")) {
            return count(e, parse(body));
        }
        if (a.equalsIgnoreCase("query") && b.equalsIgnoreCase("next")) {
            return query(e, parse(body), paging, null, uri);
        }
        int parentId = id(a);
        String[] child = CHILDREN.get(e.name().toLowerCase(Locale.ROOT) + "/" + b.toLowerCase(Locale.ROOT));
        if (child == null) {
            throw notFound();
        }
        AtEntity c = AtEntities.byName(child[0]);
        if (!Set.of("TicketNotes", "TicketAttachments", "TicketChangeRequestApprovals", "Contacts").contains(c.name())) {
            throw notAllowed("POST", e.name() + "/" + b);
        }
        JsonObject in = canonical(parseObject(body), c);
        AtWrites writes = new AtWrites(data());
        int id = switch (c.name()) {
            case "TicketNotes" -> writes.addNote(parentId, in);
            case "TicketAttachments" -> writes.addAttachment(parentId, in);
            case "TicketChangeRequestApprovals" -> writes.addChangeApproval(parentId, in);
            default -> writes.createContact(parentId, in);
        };
        return itemId(id);
    }

    // ------------------------------------------------------------------------------------------- operations

    private Response zone(String user, UriInfo uri) {
        if (user == null || user.isBlank()) {
            throw AtException.business("The user parameter is required.");
        }
        if (!user.trim().equalsIgnoreCase(settings.userName())) {
            throw AtException.business("Zone information could not be determined for user " + user.trim() + ".");
        }
        String base = uri.getBaseUri().toString();
        base = base.endsWith("/") ? base : base + "/";
        String web = base.substring(0, base.length() - 1);
        web = web.substring(0, web.lastIndexOf('/') + 1);
        return ok(Jsons.obj().add("zoneName", "Portico Sandbox").add("url", base).add("webUrl", web)
                .add("ci", settings.ci()).build());
    }

    private Response count(AtEntity e, JsonValue body) {
        AutotaskQuery q = compile(e, body);
        int n = 0;
        for (JsonObject r : e.all(data())) {
            if (q.test(r)) {
                n++;
            }
        }
        return ok(Jsons.obj().add("queryCount", n).build());
    }

    /**
     * One page in ascending id order. {@code paging} is the cursor of a {@code nextPageUrl}/{@code prevPageUrl}:
     * {@code {"pageSize":n,"afterId":x}} or {@code {"pageSize":n,"beforeId":x}}; it holds only the position, so the
     * client sends the same filter again (POST body, or the {@code search} parameter of a GET query).
     */
    private Response query(AtEntity e, JsonValue body, String paging, String search, UriInfo uri) {
        AutotaskQuery q = compile(e, body);
        int size = q.maxRecords();
        Long after = null;
        Long before = null;
        if (paging != null) {
            JsonValue token;
            try {
                token = Jsons.parse(paging);
            } catch (RuntimeException ex) {
                throw AtException.business("The paging parameter is not valid.");
            }
            if (!(token instanceof JsonObject t)) {
                throw AtException.business("The paging parameter is not valid.");
            }
            if (t.get("pageSize") instanceof JsonNumber n) {
                size = Math.max(1, Math.min(AutotaskQuery.MAX_RECORDS, n.intValue()));
            }
            after = t.get("afterId") instanceof JsonNumber n ? n.longValue() : null;
            before = t.get("beforeId") instanceof JsonNumber n ? n.longValue() : null;
        }
        List<JsonObject> matching = new ArrayList<>();
        int from;
        int to;
        boolean earlier;
        boolean later;
        if (before == null) {
            // forwards: view records after the cursor only, and stop one past the page to know there is more
            final int limit = size + 1;
            e.walk(data(), after, r -> {
                if (q.test(r)) {
                    matching.add(r);
                }
                return matching.size() < limit;
            });
            from = 0;
            to = Math.min(size, matching.size());
            earlier = after != null;
            later = matching.size() > size;
        } else {
            final long b = before;
            e.walk(data(), null, r -> {
                if (r.getJsonNumber("id").longValue() >= b) {
                    return false;
                }
                if (q.test(r)) {
                    matching.add(r);
                }
                return true;
            });
            to = matching.size();
            from = Math.max(0, to - size);
            earlier = from > 0;
            later = true;
        }
        JsonArrayBuilder items = Jsons.arr();
        for (int i = from; i < to; i++) {
            items.add(q.project(matching.get(i)));
        }
        JsonObjectBuilder page = Jsons.obj().add("count", to - from).add("requestCount", size);
        String base = pageBase(uri, e);
        String suffix = search == null ? "" : "&search=" + enc(search);
        if (earlier && to > from) {
            page.add("prevPageUrl", base + enc("{\"pageSize\":" + size + ",\"beforeId\":"
                    + matching.get(from).getJsonNumber("id").longValue() + "}") + suffix);
        } else {
            page.addNull("prevPageUrl");
        }
        if (later && to > from) {
            page.add("nextPageUrl", base + enc("{\"pageSize\":" + size + ",\"afterId\":"
                    + matching.get(to - 1).getJsonNumber("id").longValue() + "}") + suffix);
        } else {
            page.addNull("nextPageUrl");
        }
        return ok(Jsons.obj().add("items", items).add("pageDetails", page).build());
    }

    /** The QueryModel compiled for the entity; a query Autotask refuses is a business error (HTTP 500). */
    private static AutotaskQuery compile(AtEntity e, JsonValue body) {
        try {
            return AutotaskQuery.parse(body, e.fieldIndex(), e.label());
        } catch (AutotaskQueryException ex) {
            throw AtException.business(ex.getMessage());
        }
    }

    private static String pageBase(UriInfo uri, AtEntity e) {
        String base = uri.getBaseUri().toString();
        base = base.endsWith("/") ? base : base + "/";
        return base + "V1.0/" + e.name() + "/query/next?paging=";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Response item(AtEntity e, long id) {
        JsonObject r = e.get(data(), id);
        if (r != null && e.name().equals("TicketAttachments")) {
            byte[] content = data().documentContent.get((int) id);
            r = Jsons.obj(r).add("data", Base64.getEncoder().encodeToString(content == null ? new byte[0] : content))
                    .build();
        }
        JsonObjectBuilder b = Jsons.obj();
        if (r == null) {
            b.addNull("item");
        } else {
            b.add("item", r);
        }
        return ok(b.build());
    }

    private JsonObject invoice(int id) {
        JsonObject invoice = data().invoices.get(id);
        if (invoice == null) {
            throw AtException.business("Invoice with id " + id + " was not found.");
        }
        return invoice;
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private SandboxData data() {
        return state.current();
    }

    private static void version(String version) {
        if (!version.equalsIgnoreCase("v1.0")) {
            throw notFound();
        }
    }

    private static AtEntity entity(String name) {
        AtEntity e = AtEntities.byName(name);
        if (e == null) {
            throw new AtException(404, List.of("No resource was found that matches the request URI: " + name + "."));
        }
        return e;
    }

    private static int id(String segment) {
        try {
            return Integer.parseInt(segment);
        } catch (NumberFormatException e) {
            throw notFound();
        }
    }

    private static AtException notFound() {
        return new AtException(404, List.of("No resource was found that matches the request URI."));
    }

    private static AtException notAllowed(String method, String what) {
        return new AtException(405, List.of("The requested resource does not support http method '" + method
                + "': " + what + "."));
    }

    static JsonValue parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return Jsons.parse(body);
        } catch (RuntimeException e) {
            throw AtException.business("The request body is not valid JSON.");
        }
    }

    private static JsonObject parseObject(String body) {
        if (!(parse(body) instanceof JsonObject o)) {
            throw AtException.business("The request body must be a JSON object.");
        }
        return o;
    }

    /** The body with its property names in the entity's case (Autotask reads them without regard to case). */
    static JsonObject canonical(JsonObject in, AtEntity e) {
        Map<String, String> index = e.fieldIndex();
        JsonObjectBuilder b = Jsons.obj();
        for (Map.Entry<String, JsonValue> entry : in.entrySet()) {
            String lower = entry.getKey().toLowerCase(Locale.ROOT);
            String name = index.getOrDefault(lower, lower.equals("data") ? "data" : entry.getKey());
            b.add(name, entry.getValue());
        }
        return b.build();
    }

    private static Response itemId(int id) {
        return ok(Jsons.obj().add("itemId", id).build());
    }

    static Response ok(JsonValue body) {
        return Response.ok(body.toString(), JSON).build();
    }
}
