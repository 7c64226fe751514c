package dev.portico.psa.ticket;

import java.io.Serializable;
import java.time.YearMonth;

/** Tickets created and completed in one calendar month (UTC), for the dashboard chart. */
public record TicketMonth(YearMonth month, long created, long completed) implements Serializable {
}
