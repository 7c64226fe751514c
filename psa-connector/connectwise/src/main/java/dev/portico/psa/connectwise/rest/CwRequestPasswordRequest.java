package dev.portico.psa.connectwise.rest;

/** {@code RequestPasswordRequest}. */
public record CwRequestPasswordRequest(String email) {
}
