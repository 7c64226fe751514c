package dev.portico.psa.finance;

import java.io.Serializable;
import java.time.Instant;

/**
 * A service agreement (contract) of the customer's company: its neutral core.
 *
 * @param type the agreement's type or category as the PSA names it
 * @param endDate null when it runs without an end
 * @param billingCycle how often it is billed ("Monthly"...), null when the PSA does not say
 * @param usage what it allows and what is used, null when it has no limit
 */
public record Agreement(
        long id,
        String name,
        String type,
        Instant startDate,
        Instant endDate,
        String billingCycle,
        AgreementUsage usage) implements Serializable {

    public boolean openEnded() {
        return endDate == null;
    }
}
