package dev.portico.psa.recommendation;

import java.io.Serializable;
import java.math.BigDecimal;

/** One line of a recommendation (ConnectWise forecast item). */
public record RecommendationLine(
        long id, String description, BigDecimal quantity, BigDecimal revenue, BigDecimal recurringRevenue,
        boolean recurring, String kind) implements Serializable {
}
