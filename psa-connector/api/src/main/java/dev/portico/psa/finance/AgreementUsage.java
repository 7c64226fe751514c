package dev.portico.psa.finance;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Usage of an agreement against its limit.
 *
 * @param unit what is counted: hours, incidents or an amount of money
 * @param limit the allowance per period
 * @param used what has been used so far, null when the PSA does not say
 */
public record AgreementUsage(Unit unit, BigDecimal limit, BigDecimal used) implements Serializable {

    public AgreementUsage {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(limit, "limit");
    }

    /** What is left, null when the use is not known. */
    public BigDecimal remaining() {
        return used == null ? null : limit.subtract(used);
    }

    public enum Unit {
        HOURS,
        INCIDENTS,
        AMOUNT
    }
}
