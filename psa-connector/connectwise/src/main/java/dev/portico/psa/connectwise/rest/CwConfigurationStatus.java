package dev.portico.psa.connectwise.rest;

/** {@code ConfigurationStatus} (named by {@code description}) or {@code ConfigurationType} (named by {@code name}). */
public record CwConfigurationStatus(Long id, String name, String description, Boolean closedFlag, Boolean inactiveFlag) {

    public String label() {
        return name != null && !name.isBlank() ? name : description;
    }
}
