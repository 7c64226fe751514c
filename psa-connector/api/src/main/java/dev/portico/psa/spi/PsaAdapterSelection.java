package dev.portico.psa.spi;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Picks the PSA adapter at start-up: every adapter in the WAR is a plug-in, and {@code psa.kind} names the
 * one whose beans CDI may see (unset is fine while the WAR holds a single adapter). The beans of the others
 * are vetoed, so each neutral gateway has exactly one implementation. An unknown or missing adapter, or a
 * selected adapter that lacks settings it needs ({@link PsaAdapter#startupProblem}), stops the deployment
 * with one clear log line.
 */
public class PsaAdapterSelection implements Extension {

    public static final String KIND_KEY = "psa.kind";

    private static final Logger LOG = Logger.getLogger(PsaAdapterSelection.class.getName());

    private List<PsaAdapter> installed = List.of();
    private String kind;
    private Config config;

    void discover(@Observes BeforeBeanDiscovery event) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        installed = ServiceLoader.load(PsaAdapter.class, loader).stream().map(ServiceLoader.Provider::get).toList();
        config = ConfigProvider.getConfig(loader);
        kind = config.getOptionalValue(KIND_KEY, String.class).map(String::trim)
                .filter(value -> !value.isEmpty())
                .orElseGet(() -> installed.size() == 1 ? installed.get(0).kind() : "");
    }

    void keepSelectedAdapterOnly(@Observes ProcessAnnotatedType<?> event) {
        String typePackage = event.getAnnotatedType().getJavaClass().getPackageName();
        boolean otherAdapter = installed.stream()
                .filter(adapter -> !adapter.kind().equals(kind))
                .anyMatch(adapter -> inPackage(typePackage, adapter.rootPackage()));
        if (otherAdapter) {
            event.veto();
        }
    }

    void requireSelectedAdapter(@Observes AfterBeanDiscovery event) {
        Optional<String> problem = problem(kind, installed, config);
        problem.ifPresent(message -> {
            LOG.severe(message);
            event.addDefinitionError(new IllegalStateException(message));
        });
        if (problem.isEmpty()) {
            LOG.info(() -> "PSA adapter: " + kind);
        }
    }

    /** Why the deployment cannot start with this {@code psa.kind} and configuration, if it cannot. */
    static Optional<String> problem(String kind, List<PsaAdapter> installed, Config config) {
        return problem(kind, installed).or(() -> installed.stream().filter(adapter -> adapter.kind().equals(kind))
                .findFirst().flatMap(adapter -> adapter.startupProblem(config)));
    }

    /** Why the deployment cannot start with this {@code psa.kind}, if it cannot. */
    static Optional<String> problem(String kind, List<PsaAdapter> installed) {
        String names = installed.stream().map(PsaAdapter::kind).sorted().collect(Collectors.joining(", "));
        if (kind == null || kind.isBlank()) {
            return Optional.of("Portico cannot start: " + KIND_KEY + " is not set; set it to one of the installed "
                    + "PSA adapters (" + (names.isEmpty() ? "none" : names) + ")");
        }
        if (installed.stream().noneMatch(adapter -> adapter.kind().equals(kind))) {
            return Optional.of("Portico cannot start: " + KIND_KEY + "=" + kind + " names no installed PSA adapter "
                    + "(installed: " + (names.isEmpty() ? "none" : names) + ")");
        }
        return Optional.empty();
    }

    private static boolean inPackage(String typePackage, String root) {
        return typePackage.equals(root) || typePackage.startsWith(root + ".");
    }
}
