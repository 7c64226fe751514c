package dev.portico.sandbox.api;

import dev.portico.sandbox.store.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Minimal UriInfo and HttpHeaders for calling resource methods directly, the way JAX-RS would. */
final class Fakes {

    static final String BASE = "http://127.0.0.1:8080/v4_6_release/apis/3.0/";

    private Fakes() {
    }

    /** {@code path} is relative to the API base and may carry a query string (encoded as a client would). */
    static UriInfo uri(String pathAndQuery) {
        URI uri = URI.create(BASE + pathAndQuery);
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                query.add(name, value);
            }
        }
        return (UriInfo) Proxy.newProxyInstance(Fakes.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getQueryParameters" -> query;
                    case "getRequestUri" -> uri;
                    case "toString" -> "UriInfo[" + uri + "]";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    static HttpHeaders headers(Map<String, String> values) {
        return (HttpHeaders) Proxy.newProxyInstance(Fakes.class.getClassLoader(), new Class<?>[] {HttpHeaders.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getHeaderString" -> values.entrySet().stream()
                            .filter(e -> e.getKey().equalsIgnoreCase((String) args[0])).map(Map.Entry::getValue)
                            .findFirst().orElse(null);
                    case "toString" -> "HttpHeaders" + values;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    static HttpHeaders noHeaders() {
        return headers(Map.of());
    }

    static JsonValue body(Response r) {
        return Jsons.parse((String) r.getEntity());
    }

    static JsonObject object(Response r) {
        return body(r).asJsonObject();
    }

    static JsonArray array(Response r) {
        return body(r).asJsonArray();
    }

    static JsonValue json(String text) {
        return Jsons.parse(text);
    }
}
