package dev.portico.psa.connectwise;

import dev.portico.psa.PsaHealth;
import dev.portico.psa.connectwise.rest.CwListParams;
import dev.portico.psa.connectwise.rest.ServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Readiness of ConnectWise: one cheap authenticated GET ({@code /service/priorities}, one id) with the
 * short {@code psa.health.timeout-ms}, outside retries and the circuit so it reports what is true now.
 */
@ApplicationScoped
public class ConnectWiseHealth implements PsaHealth {

    private static final Logger LOG = Logger.getLogger(ConnectWiseHealth.class.getName());

    private ConnectWiseConnection cw;
    private volatile ServiceClient probe;

    protected ConnectWiseHealth() {
    }

    @Inject
    public ConnectWiseHealth(ConnectWiseConnection cw) {
        this.cw = cw;
    }

    @Override
    public boolean reachable() {
        try {
            CwResilience.translated(() -> probe().priorities(CwListParams.where(null).fields("id").page(1, 1)));
            return true;
        } catch (RuntimeException failure) {
            LOG.log(Level.FINE, "PSA readiness probe failed", failure);
            return false;
        }
    }

    private ServiceClient probe() {
        ServiceClient client = probe;
        if (client == null) {
            client = cw.clientWithTimeout(ServiceClient.class, cw.settings().healthTimeout());
            probe = client;
        }
        return client;
    }
}
