package dev.portico.portal.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Test-only backing bean (added to the deployment by PortalShellIT): a page that fails while rendering, after
 * using the injected (request-scoped) ExternalContext, as many beans do.
 */
@Named
@RequestScoped
public class FailingProbe {

    @Inject
    ExternalContext externalContext;

    public String getValue() {
        externalContext.getRequestMap().put("failingProbe.touched", Boolean.TRUE);
        throw new IllegalStateException("The failing probe failed, as it should");
    }
}
