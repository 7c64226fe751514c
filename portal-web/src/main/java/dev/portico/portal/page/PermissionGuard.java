package dev.portico.portal.page;

import dev.portico.portal.security.CurrentUser;
import dev.portico.psa.Permission;
import jakarta.annotation.Priority;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * Enforces {@link RequiresPermission}: a call into the bean by a user without the permission does not run; the
 * request ends with 404 (the first call is normally the page's {@code f:viewAction}, so nothing is rendered) and
 * the call answers the return type's empty value. (The permission named on this class only binds it: the
 * binding ignores the value.)
 */
@RequiresPermission(Permission.VIEW_COMPANY_TICKETS)
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class PermissionGuard implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<Class<?>, Object> EMPTY = Map.of(boolean.class, false, int.class, 0, long.class, 0L,
            double.class, 0d, float.class, 0f, short.class, (short) 0, byte.class, (byte) 0, char.class, '\0');

    @Inject
    CurrentUser currentUser;

    @AroundInvoke
    Object guard(InvocationContext invocation) throws Exception {
        Permission required = required(invocation.getMethod(), invocation.getTarget().getClass());
        if (required == null || currentUser.may(required)) {
            return invocation.proceed();
        }
        refuse();
        return EMPTY.get(invocation.getMethod().getReturnType());
    }

    /** Answers the request with "not found" (once; later calls of the same request find it complete). */
    void refuse() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null) {
            Pages.notFound(context);
        }
    }

    /** The permission a call needs: the method's own annotation, else its class's (or a superclass's). */
    static Permission required(Method method, Class<?> type) {
        RequiresPermission onMethod = method == null ? null : method.getAnnotation(RequiresPermission.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            RequiresPermission onType = c.getAnnotation(RequiresPermission.class);
            if (onType != null) {
                return onType.value();
            }
        }
        return null;
    }
}
