package dev.portico.psa.connectwise.rest;

import java.math.BigDecimal;

/** {@code ForecastItem}: one line of an opportunity. */
public record CwForecastItem(
        Long id, String forecastDescription, String productDescription, BigDecimal quantity, BigDecimal revenue,
        BigDecimal recurringRevenue, Boolean recurringFlag, Boolean includeFlag, String forecastType,
        BigDecimal sequenceNumber) {
}
