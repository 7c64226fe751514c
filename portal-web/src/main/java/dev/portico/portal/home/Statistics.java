package dev.portico.portal.home;

import java.io.Serializable;

/** The Statistics card: open tickets, and tickets created this month and this year (portal time zone). */
public record Statistics(long openTickets, long createdThisMonth, long createdThisYear) implements Serializable {
}
