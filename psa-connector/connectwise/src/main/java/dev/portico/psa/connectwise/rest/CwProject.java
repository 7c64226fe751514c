package dev.portico.psa.connectwise.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.Map;

/** {@code Project}. */
public record CwProject(
        Long id, String name, CwRef status, Boolean closedFlag, CwRef manager, CwRef company, CwRef contact,
        CwRef site, String description, String customerPO, String estimatedStart, String estimatedEnd,
        String actualStart, String actualEnd, Double percentComplete, Boolean doNotDisplayInPortalFlag,
        @JsonbProperty("_info") Map<String, String> info) {
}
