package dev.portico.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Puts the security headers on every response, keeps dynamic pages out of caches, gives application cookies
 * SameSite=Lax, and makes redirects point at the portal's public address rather than at the request's
 * {@code Host} header ({@link PublicAddress}). Declared first in web.xml so it also covers error pages.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CSP = SecurityHeaders.CSP;

    @Inject
    transient SecurityHeaders securityHeaders;

    @Inject
    transient PublicAddress publicAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        securityHeaders.applyTo(request, response);
        chain.doFilter(request, new HeaderResponse(response, publicAddress));
    }

    /** PrimeFaces adds its nonce policy with addHeader; keep one policy so the two do not intersect. */
    static final class HeaderResponse extends HttpServletResponseWrapper {

        private final PublicAddress publicAddress;

        HeaderResponse(HttpServletResponse response, PublicAddress publicAddress) {
            super(response);
            this.publicAddress = publicAddress;
        }

        /** The container would make the location absolute with the request's Host header. */
        @Override
        public void sendRedirect(String location) {
            publicAddress.redirect((HttpServletResponse) getResponse(), location);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void addCookie(Cookie cookie) {
            SameSiteCookiesInterceptor.ensureSameSite(cookie);
            super.addCookie(cookie);
        }
    }
}
