package dev.portico.portal.page;

import dev.portico.psa.PsaCapabilities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The capabilities the PSA adapter declares, for pages to offer exactly those; null while an adapter has none. */
@ApplicationScoped
public class Capabilities {

    @Inject
    Instance<PsaCapabilities> declared;

    public PsaCapabilities current() {
        return declared.isResolvable() ? declared.get() : null;
    }
}
