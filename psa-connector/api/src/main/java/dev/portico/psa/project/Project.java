package dev.portico.psa.project;

import dev.portico.psa.Ref;
import java.io.Serializable;
import java.time.Instant;

/** A project of the customer's company that the MSP shows in the portal. */
public record Project(
        long id,
        String name,
        String status,
        boolean closed,
        Ref manager,
        Ref contact,
        Ref site,
        String description,
        String customerPo,
        Instant estimatedStart,
        Instant estimatedEnd,
        Instant actualStart,
        Instant actualEnd,
        Double percentComplete) implements Serializable {
}
