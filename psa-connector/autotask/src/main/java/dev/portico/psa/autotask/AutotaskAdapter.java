package dev.portico.psa.autotask;

import dev.portico.psa.spi.PsaAdapter;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/** Registers the Autotask adapter as the PSA of {@code psa.kind=autotask}. */
public final class AutotaskAdapter implements PsaAdapter {

    public static final String KIND = "autotask";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String rootPackage() {
        return AutotaskAdapter.class.getPackageName();
    }

    /** The zone-discovery URL and the API user's credentials must be configured; the jar ships none. */
    @Override
    public Optional<String> startupProblem(Config config) {
        return AutotaskSettings.problem(AutotaskSettings.lookup(config));
    }
}
