package dev.portico.sandbox.api;

import dev.portico.sandbox.faults.ApiStats;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import java.lang.reflect.Method;

/** Adds ConnectWise's {@code api-current-version} header and counts the call in {@link ApiStats}. */
public class ApiResponseFilter implements ContainerResponseFilter {

    /** The newest API version the sandbox claims; clients pin their own in the Accept header. */
    static final String CURRENT_VERSION = "2025.16";

    @Context
    private ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("api-current-version", CURRENT_VERSION);
        String template = template(resourceInfo.getResourceClass(), resourceInfo.getResourceMethod());
        Beans.get(ApiStats.class).record(request.getMethod(), template, response.getStatus(),
                (String) request.getProperty(ApiGate.FAULT_PROPERTY));
    }

    /** {@code /service/tickets/{parentId}/notes} from the class and method {@code @Path}s; regexes are dropped. */
    public static String template(Class<?> resource, Method method) {
        if (resource == null || method == null) {
            return "(unmatched)";
        }
        StringBuilder sb = new StringBuilder();
        Path classPath = resource.getAnnotation(Path.class);
        Path methodPath = method.getAnnotation(Path.class);
        for (Path p : new Path[] {classPath, methodPath}) {
            if (p != null) {
                String segment = p.value().replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
                segment = segment.startsWith("/") ? segment : "/" + segment;
                sb.append(segment.endsWith("/") ? segment.substring(0, segment.length() - 1) : segment);
            }
        }
        return sb.length() == 0 ? "/" : sb.toString();
    }
}
