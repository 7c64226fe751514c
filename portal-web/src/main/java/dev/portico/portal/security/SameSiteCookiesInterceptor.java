package dev.portico.portal.security;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Jakarta Security 3's {@code @RememberMe} cannot set SameSite. This interceptor runs just outside
 * Soteria's remember-me interceptor (priority 210) and hands it a response whose cookies get
 * {@code SameSite=Lax}; Servlet 6 writes the attribute.
 */
@SameSiteCookies
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 205)
public class SameSiteCookiesInterceptor {

    static final String SAME_SITE = "SameSite";
    static final String LAX = "Lax";

    @AroundInvoke
    Object withSameSite(InvocationContext invocation) throws Exception {
        Object[] parameters = invocation.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] instanceof HttpServletResponse response && !(response instanceof SameSiteResponse)) {
                parameters[i] = new SameSiteResponse(response);
                invocation.setParameters(parameters);
                break;
            }
        }
        return invocation.proceed();
    }

    static void ensureSameSite(Cookie cookie) {
        if (cookie.getAttribute(SAME_SITE) == null) {
            cookie.setAttribute(SAME_SITE, LAX);
        }
    }

    /** Adds SameSite to every cookie that does not say otherwise. */
    static final class SameSiteResponse extends HttpServletResponseWrapper {

        SameSiteResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(Cookie cookie) {
            ensureSameSite(cookie);
            super.addCookie(cookie);
        }
    }
}
