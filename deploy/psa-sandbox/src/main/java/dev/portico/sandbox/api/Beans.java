package dev.portico.sandbox.api;

import jakarta.enterprise.inject.spi.CDI;

/**
 * CDI lookup for JAX-RS providers. Providers are instantiated by the JAX-RS runtime (so that {@code @Context}
 * injection of {@code ResourceInfo} works everywhere); they reach the application-scoped beans through here.
 */
public final class Beans {

    private Beans() {
    }

    public static <T> T get(Class<T> type) {
        return CDI.current().select(type).get();
    }
}
