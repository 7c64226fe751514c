package dev.portico.sandbox.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/** A ContainerRequestContext for filter tests: headers, properties, and the response a filter aborts with. */
public final class FakeRequest {

    public final MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
    public final Map<String, Object> properties = new HashMap<>();
    public Response aborted;
    private final String path;

    public FakeRequest(String path, String... headerPairs) {
        this.path = path;
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.add(headerPairs[i], headerPairs[i + 1]);
        }
    }

    public ContainerRequestContext context() {
        UriInfo uri = (UriInfo) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {UriInfo.class},
                (p, m, a) -> {
                    if (m.getName().equals("getPath")) {
                        return path;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        return (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (p, m, a) -> switch (m.getName()) {
                    case "getHeaderString" -> headers.keySet().stream().filter(k -> k.equalsIgnoreCase((String) a[0]))
                            .findFirst().map(k -> String.join(",", headers.get(k))).orElse(null);
                    case "getHeaders" -> headers;
                    case "getUriInfo" -> uri;
                    case "abortWith" -> {
                        aborted = (Response) a[0];
                        yield null;
                    }
                    case "setProperty" -> properties.put((String) a[0], a[1]);
                    case "getProperty" -> properties.get((String) a[0]);
                    case "toString" -> "FakeRequest[" + path + "]";
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }
}
