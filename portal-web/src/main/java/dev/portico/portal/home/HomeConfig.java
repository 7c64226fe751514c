package dev.portico.portal.home;

import dev.portico.portal.config.ConfigValues;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configured {@link HomeSettings} ({@code portal.home.*} and {@code portal.time-zone}), read once at start-up. */
@ApplicationScoped
public class HomeConfig {

    @Inject
    @ConfigProperty(name = HomeSettings.GRID_ROWS)
    Optional<String> gridRows;
    @Inject
    @ConfigProperty(name = HomeSettings.MONTHS_PER_CALL)
    Optional<String> monthsPerCall;
    @Inject
    @ConfigProperty(name = HomeSettings.CALL_BUDGET)
    Optional<String> callBudget;
    @Inject
    @ConfigProperty(name = HomeSettings.WIDGET_TIMEOUT)
    Optional<String> widgetTimeoutMs;
    @Inject
    @ConfigProperty(name = HomeSettings.THREADS)
    Optional<String> threads;
    @Inject
    @ConfigProperty(name = HomeSettings.TIME_ZONE)
    Optional<String> zone;

    private HomeSettings settings;

    @PostConstruct
    void init() {
        settings = new HomeSettings(
                ConfigValues.integer(HomeSettings.GRID_ROWS, gridRows, 6),
                ConfigValues.integer(HomeSettings.MONTHS_PER_CALL, monthsPerCall, 6),
                ConfigValues.integer(HomeSettings.CALL_BUDGET, callBudget, 12),
                Duration.ofMillis(ConfigValues.integer(HomeSettings.WIDGET_TIMEOUT, widgetTimeoutMs, 25_000)),
                ConfigValues.integer(HomeSettings.THREADS, threads, 16),
                ConfigValues.zone(zone));
    }

    public HomeSettings settings() {
        return settings;
    }
}
