package dev.portico.sandbox.api;

import dev.portico.sandbox.query.LinkHeader;
import dev.portico.sandbox.query.ListEngine;
import dev.portico.sandbox.query.ListParams;
import dev.portico.sandbox.query.ListResult;
import dev.portico.sandbox.query.QueryException;
import dev.portico.sandbox.query.QuerySchema;
import dev.portico.sandbox.store.Jsons;
import dev.portico.sandbox.store.RecordCollection;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/** Builds the answers every endpoint shares: JSON bodies, list pages with {@code Link}, counts and 404s. */
final class Responses {

    static final String JSON = "application/json; charset=utf-8";
    static final Supplier<Instant> CLOCK = () -> Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private Responses() {
    }

    static Response json(int status, JsonValue body) {
        return Response.status(status).type(JSON).entity(body.toString()).build();
    }

    static Response ok(JsonValue body) {
        return json(200, body);
    }

    static Response created(JsonValue body) {
        return json(201, body);
    }

    static ListParams params(UriInfo uri, HttpHeaders headers, String resource) {
        try {
            String pagination = headers.getHeaderString("pagination-type");
            return ListParams.from(uri.getQueryParameters(), "forward-only".equalsIgnoreCase(pagination));
        } catch (QueryException e) {
            throw invalidQuery(resource, e);
        }
    }

    static Response list(Collection<JsonObject> records, QuerySchema schema, UriInfo uri, HttpHeaders headers) {
        return list(records, schema, uri, params(uri, headers, schema.resource()));
    }

    static Response list(Collection<JsonObject> records, QuerySchema schema, UriInfo uri, ListParams params) {
        ListResult result;
        try {
            result = ListEngine.list(records, schema, params);
        } catch (QueryException e) {
            throw invalidQuery(schema.resource(), e);
        }
        JsonArrayBuilder array = Jsons.arr();
        result.items().forEach(array::add);
        Response.ResponseBuilder b = Response.ok(array.build().toString(), JSON);
        String link = LinkHeader.build(uri.getRequestUri(), result);
        if (link != null) {
            b.header("Link", link);
        }
        return b.build();
    }

    static Response count(Collection<JsonObject> records, QuerySchema schema, UriInfo uri, HttpHeaders headers) {
        ListParams params = params(uri, headers, schema.resource());
        try {
            return ok(Jsons.obj().add("count", ListEngine.count(records, schema, params)).build());
        } catch (QueryException e) {
            throw invalidQuery(schema.resource(), e);
        }
    }

    static JsonObject require(RecordCollection c, int id) {
        JsonObject r = c.get(id);
        if (r == null) {
            throw ApiException.notFound(c.resource(), id);
        }
        return r;
    }

    static Response one(RecordCollection c, int id) {
        return ok(require(c, id));
    }

    /** A child record that must belong to its parent (e.g. a note of that ticket); otherwise 404. */
    static Response child(RecordCollection c, int parentId, int id) {
        JsonObject r = c.get(id);
        if (r == null || c.childrenOf(parentId).stream().noneMatch(x -> x.getInt("id") == id)) {
            throw ApiException.notFound(c.resource(), id);
        }
        return ok(r);
    }

    static ApiException invalidQuery(String resource, QueryException e) {
        return new ApiException(400, "InvalidObject", "The " + e.parameter() + " parameter is invalid: " + e.getMessage(),
                List.of(new ApiException.FieldError(e.code(), e.getMessage(), resource, e.parameter())));
    }
}
