package dev.portico.sandbox.autotask;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Real Autotask URLs spell the base path {@code ATServicesRest}; the JAX-RS application path is lower case. Requests
 * whose first path segment is {@code atservicesrest} in another case are forwarded to the lower-case path (the rest
 * of the path is matched without regard to case by {@link AutotaskResource}).
 */
@WebFilter(urlPatterns = "/*")
public class CaseInsensitivePrefix extends HttpFilter {

    static final String PREFIX = "/atservicesrest";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String target = target(request.getRequestURI().substring(request.getContextPath().length()));
        if (target == null) {
            chain.doFilter(request, response);
        } else {
            request.getRequestDispatcher(target).forward(request, response);
        }
    }

    /** The path to forward to, or null when the path needs no change. */
    static String target(String path) {
        if (path.length() < PREFIX.length() || !path.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                || path.startsWith(PREFIX)) {
            return null;
        }
        if (path.length() > PREFIX.length() && path.charAt(PREFIX.length()) != '/') {
            return null;
        }
        return PREFIX + path.substring(PREFIX.length());
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        super.doFilter(request, response, chain);
    }
}
