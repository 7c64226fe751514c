package dev.portico.psa.connectwise.rest;

/** {@code Priority}. */
public record CwPriority(Long id, String name, Integer sortOrder, String level, Boolean defaultFlag) {
}
