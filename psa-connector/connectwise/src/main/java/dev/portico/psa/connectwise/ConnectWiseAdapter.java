package dev.portico.psa.connectwise;

import dev.portico.psa.spi.PsaAdapter;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/** Registers the ConnectWise adapter as the PSA of {@code psa.kind=connectwise}. */
public final class ConnectWiseAdapter implements PsaAdapter {

    public static final String KIND = "connectwise";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String rootPackage() {
        return ConnectWiseAdapter.class.getPackageName();
    }

    /** The PSA's URL and the API credentials must be configured; the connector ships none. */
    @Override
    public Optional<String> startupProblem(Config config) {
        return ConnectWiseSettings.missing(ConnectWiseSettings.lookup(config));
    }
}
