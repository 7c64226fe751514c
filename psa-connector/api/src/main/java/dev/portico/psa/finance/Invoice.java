package dev.portico.psa.finance;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** An invoice of the customer's company; its PDF streams through {@link FinanceGateway#invoicePdf}. */
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
        String reference) implements Serializable {
}
