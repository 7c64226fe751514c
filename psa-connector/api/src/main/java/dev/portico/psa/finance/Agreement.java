package dev.portico.psa.finance;

import dev.portico.psa.Ref;
import java.io.Serializable;
import java.time.Instant;

/** A service agreement of the customer's company. */
public record Agreement(
        long id,
        String name,
        Ref type,
        String status,
        Ref contact,
        Ref site,
        String customerPo,
        Instant startDate,
        Instant endDate,
        boolean noEndDate,
        String billingCycle,
        String applicationUnits,
        Double applicationLimit) implements Serializable {
}
