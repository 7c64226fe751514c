package dev.portico.portal.shell;

import dev.portico.psa.PsaCallMeter;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens one PSA call-meter unit per page request, attributed to the signed-in contact, and logs at
 * FINE how many PSA calls the page cost. The PSA's API budget is spent per call, so this is the
 * number to watch when a page gets slow.
 */
public class PsaCallLogFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PsaCallLogFilter.class.getName());
    private static final String RESOURCE_PREFIX = "/jakarta.faces.resource/";

    @Inject
    transient PsaCallMeter meter;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getServletPath().startsWith(RESOURCE_PREFIX)) {
            chain.doFilter(request, response);
            return;
        }
        try (PsaCallMeter.Unit unit = meter.open(request.getRemoteUser())) {
            chain.doFilter(request, response);
            if (LOG.isLoggable(Level.FINE)) {
                LOG.fine(request.getMethod() + " " + request.getRequestURI() + ": " + unit.calls() + " PSA calls "
                        + unit.operations());
            }
        }
    }
}
