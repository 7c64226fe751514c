package dev.portico.psa.connectwise.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.Map;

/** {@code DocumentInfo}: an attachment's metadata. */
public record CwDocument(
        Long id, String title, String fileName, String owner, Boolean publicFlag, Long size, String createdOnDate,
        @JsonbProperty("_info") Map<String, String> info) {
}
