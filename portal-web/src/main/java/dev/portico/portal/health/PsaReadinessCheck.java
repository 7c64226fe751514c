package dev.portico.portal.health;

import dev.portico.psa.PsaHealth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the PSA answers: without it nobody can log in or see a ticket. */
@Readiness
@ApplicationScoped
public class PsaReadinessCheck implements HealthCheck {

    static final String NAME = "psa";
    private static final Logger LOG = Logger.getLogger(PsaReadinessCheck.class.getName());

    @Inject
    PsaHealth psa;

    @Override
    public HealthCheckResponse call() {
        boolean reachable;
        try {
            reachable = psa.reachable();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "PSA health probe failed", e);
            reachable = false;
        }
        return HealthCheckResponse.named(NAME).status(reachable).build();
    }
}
