package dev.portico.psa.connectwise.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.Map;

/** {@code ProjectTicket}. */
public record CwProjectTicket(
        Long id, String summary, CwRef project, CwRef phase, CwRef company, CwRef status, String wbsCode,
        Boolean closedFlag, String requiredDate, @JsonbProperty("_info") Map<String, String> info) {
}
