package dev.portico.psa.spi;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * One PSA adapter on the class path, found through {@link java.util.ServiceLoader}. The adapter's beans
 * live under {@link #rootPackage()}; {@link PsaAdapterSelection} keeps only the beans of the adapter that
 * {@code psa.kind} names.
 */
public interface PsaAdapter {

    /** The value of {@code psa.kind} that selects this adapter, e.g. the PSA's short name. */
    String kind();

    /** The package that holds every class of this adapter (sub-packages included). */
    String rootPackage();

    /**
     * Why this adapter cannot start with {@code config}, e.g. the settings it needs that are not set; empty
     * when it can. Asked at start-up for the selected adapter only; a problem stops the deployment.
     */
    default Optional<String> startupProblem(Config config) {
        return Optional.empty();
    }
}
