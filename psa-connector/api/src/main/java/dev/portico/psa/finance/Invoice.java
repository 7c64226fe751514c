package dev.portico.psa.finance;

import dev.portico.psa.PsaCapabilities.DocumentFormat;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * An invoice of the customer's company.
 *
 * @param balance what is left to pay; zero (or less) when paid
 * @param document the format of its document, which streams through {@link FinanceGateway#invoiceDocument};
 *        {@link DocumentFormat#NONE} when there is none
 */
public record Invoice(
        long id,
        String number,
        String type,
        String status,
        Instant date,
        Instant dueDate,
        BigDecimal subtotal,
        BigDecimal salesTax,
        BigDecimal total,
        BigDecimal balance,
        String customerPo,
        String reference,
        DocumentFormat document) implements Serializable {

    public Invoice {
        Objects.requireNonNull(document, "document");
    }

    public boolean paid() {
        return balance != null && balance.signum() <= 0;
    }

    public boolean hasDocument() {
        return document != DocumentFormat.NONE;
    }
}
