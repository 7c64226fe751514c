package dev.portico.psa.recommendation;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of a recommendation's quote.
 *
 * @param unitPrice the price of one unit, null when the PSA gives none and it cannot be derived
 * @param lineTotal quantity times unit price (less any discount), as the PSA states it
 * @param recurring billed again every period
 * @param optional not included in the subtotal unless the customer asks for it
 */
public record RecommendationLine(
        long id, String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal lineTotal,
        boolean recurring, boolean optional) implements Serializable {
}
