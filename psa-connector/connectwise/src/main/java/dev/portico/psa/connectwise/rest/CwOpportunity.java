package dev.portico.psa.connectwise.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.util.Map;

/** {@code Opportunity}: a recommendation. */
public record CwOpportunity(
        Long id, String name, String expectedCloseDate, CwRef status, CwRef company, CwRef contact, CwRef site,
        String notes, String customerPO, String closedDate, BigDecimal totalSalesTax,
        @JsonbProperty("_info") Map<String, String> info) {
}
