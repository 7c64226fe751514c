package dev.portico.sandbox.autotask;

import dev.portico.sandbox.store.Jsons;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** A UriInfo for calling the Autotask resource directly, the way JAX-RS would. */
final class AtFakes {

    static final String BASE = "http://127.0.0.1:8080/v4_6_release/atservicesrest/";

    private AtFakes() {
    }

    /** {@code pathAndQuery} is relative to the application base, e.g. {@code V1.0/Tickets/query?search=...}. */
    static UriInfo uri(String pathAndQuery) {
        URI uri = URI.create(pathAndQuery.startsWith("http") ? pathAndQuery : BASE + pathAndQuery);
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                query.add(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return (UriInfo) Proxy.newProxyInstance(AtFakes.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getQueryParameters" -> query;
                    case "getRequestUri" -> uri;
                    case "getBaseUri" -> URI.create(BASE);
                    case "getPath" -> uri.getPath().substring(URI.create(BASE).getPath().length());
                    case "toString" -> "UriInfo[" + uri + "]";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    static JsonObject object(Response r) {
        return Jsons.parse((String) r.getEntity()).asJsonObject();
    }
}
