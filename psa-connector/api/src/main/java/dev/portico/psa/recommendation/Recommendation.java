package dev.portico.psa.recommendation;

import dev.portico.psa.Ref;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A recommendation (a ConnectWise opportunity in a portal-visible status) awaiting the customer's decision.
 *
 * @param lines filled by {@code get} only
 * @param total sum of the included lines' revenue, when the lines are known; otherwise null
 */
public record Recommendation(
        long id,
        String name,
        String status,
        Ref contact,
        Ref site,
        Instant expectedCloseDate,
        Instant createdAt,
        String notes,
        String customerPo,
        List<RecommendationLine> lines,
        BigDecimal total) implements Serializable {

    public Recommendation {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
