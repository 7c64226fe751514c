package dev.portico.psa.connectwise.rest;

/** Small lookup records ({@code Severity}, {@code Impact}, service source): id, name, description. */
public record CwNamed(Long id, String name, String description, Boolean defaultFlag) {

    public String label() {
        return name != null && !name.isBlank() ? name : description;
    }
}
