package dev.portico.psa;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A time range, {@code from} inclusive and {@code until} exclusive; either end may be open (null). */
public record DateRange(Instant from, Instant until) implements Serializable {

    public DateRange {
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("until is before from");
        }
    }

    /** Whole days in the user's zone: from the start of {@code first} to the end of {@code last}. */
    public static DateRange days(LocalDate first, LocalDate last, ZoneId zone) {
        return new DateRange(first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public static DateRange since(Instant from) {
        return new DateRange(from, null);
    }

    public boolean isOpen() {
        return from == null && until == null;
    }
}
