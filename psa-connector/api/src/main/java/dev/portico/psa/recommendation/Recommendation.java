package dev.portico.psa.recommendation;

import dev.portico.psa.Ref;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A recommendation: a quote the MSP sent to the customer for a decision.
 *
 * @param status the PSA's own status name, for information
 * @param decision where it stands with the customer
 * @param lines filled by {@code get} only
 * @param subtotal sum of the included lines' totals, when the lines are known; otherwise null
 * @param tax the tax on the quote, when known; otherwise null
 * @param total subtotal plus tax, when the lines are known; otherwise null
 */
public record Recommendation(
        long id,
        String name,
        String status,
        ApprovalDecision decision,
        Ref contact,
        Ref site,
        Instant expectedCloseDate,
        Instant createdAt,
        String notes,
        String customerPo,
        List<RecommendationLine> lines,
        BigDecimal subtotal,
        BigDecimal tax,
        BigDecimal total) implements Serializable {

    public Recommendation {
        Objects.requireNonNull(decision, "decision");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public boolean pending() {
        return decision == ApprovalDecision.PENDING;
    }
}
