package dev.portico.psa.connectwise.rest;

import java.math.BigDecimal;

/** {@code Invoice}, without internal notes. */
public record CwInvoice(
        Long id, String invoiceNumber, String type, CwRef status, CwRef company, String date, String dueDate,
        BigDecimal subtotal, BigDecimal salesTax, BigDecimal total, BigDecimal balance, String customerPO,
        String reference) {
}
