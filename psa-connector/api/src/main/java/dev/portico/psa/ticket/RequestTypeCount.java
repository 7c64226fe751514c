package dev.portico.psa.ticket;

import java.io.Serializable;

/** Open tickets of one request type; {@code requestType} is null for tickets of no configured type. */
public record RequestTypeCount(String requestType, String label, long count) implements Serializable {
}
