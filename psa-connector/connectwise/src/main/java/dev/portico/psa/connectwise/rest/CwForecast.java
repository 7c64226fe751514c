package dev.portico.psa.connectwise.rest;

import java.util.List;

/** {@code Forecast}: the lines of an opportunity. */
public record CwForecast(Long id, List<CwForecastItem> forecastItems) {
}
