package dev.portico.psa.spi;

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
}
