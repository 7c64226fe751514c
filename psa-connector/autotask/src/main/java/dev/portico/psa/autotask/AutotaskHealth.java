package dev.portico.psa.autotask;

import dev.portico.psa.PsaException;
import dev.portico.psa.PsaHealth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Readiness: whether Autotask answers {@code ThresholdInformation} (which also refreshes the call budget), and the
 * budget's level for a health check.
 */
@ApplicationScoped
public class AutotaskHealth implements PsaHealth {

    private static final Logger LOG = Logger.getLogger(AutotaskHealth.class.getName());

    @Inject
    AutotaskConnection at;

    protected AutotaskHealth() {
    }

    public AutotaskHealth(AutotaskConnection at) {
        this.at = at;
    }

    @Override
    public boolean reachable() {
        try {
            at.threshold();
            return true;
        } catch (PsaException | IllegalStateException down) {
            LOG.log(Level.FINE, "Autotask is not reachable", down);
            return false;
        }
    }

    /** How close the tenant is to its hourly call limit, at the last reading. */
    public AtBudget.Level budgetLevel() {
        return at.budget().level();
    }

    public int budgetPercent() {
        return at.budget().percent();
    }
}
