package dev.portico.psa.connectwise;

import dev.portico.psa.connectwise.rest.CwQueryValue;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Wraps a REST client so that every {@code String} argument bound to a {@code @QueryParam} is passed as a
 * literal ({@link CwQueryValue#literal}) rather than as a URI template. {@code CwListParams} does the same
 * for the list parameters; together no query value can be read as a template.
 */
final class CwLiteralQueries implements InvocationHandler {

    private final Object client;

    private CwLiteralQueries(Object client) {
        this.client = client;
    }

    static <T> T wrap(Class<T> api, T client) {
        Class<?>[] types = client instanceof AutoCloseable ? new Class<?>[] {api, AutoCloseable.class}
                : new Class<?>[] {api};
        return api.cast(Proxy.newProxyInstance(api.getClassLoader(), types, new CwLiteralQueries(client)));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "literal-query " + client;
            };
        }
        Object[] passed = args == null ? null : args.clone();
        if (passed != null) {
            Annotation[][] annotations = method.getParameterAnnotations();
            for (int i = 0; i < passed.length; i++) {
                if (passed[i] instanceof String value && isQueryParam(annotations[i])) {
                    passed[i] = CwQueryValue.literal(value);
                }
            }
        }
        try {
            return method.invoke(client, passed);
        } catch (InvocationTargetException failure) {
            throw failure.getCause();
        }
    }

    private static boolean isQueryParam(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam) {
                return true;
            }
        }
        return false;
    }
}
