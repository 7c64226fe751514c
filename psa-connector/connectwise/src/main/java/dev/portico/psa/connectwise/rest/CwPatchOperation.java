package dev.portico.psa.connectwise.rest;

/** One entry of a ConnectWise PATCH body ({@code PatchOperation}). */
public record CwPatchOperation(String op, String path, Object value) {

    public static CwPatchOperation replace(String path, Object value) {
        return new CwPatchOperation("replace", path, value);
    }
}
