package dev.portico.psa.configuration;

import dev.portico.psa.Ref;
import java.io.Serializable;
import java.time.Instant;

/** A device or service the MSP supports for the customer (ConnectWise configuration). */
public record ConfigurationItem(
        long id,
        String name,
        Ref type,
        Ref status,
        boolean active,
        Ref site,
        Ref contact,
        String serialNumber,
        String modelNumber,
        String tagNumber,
        String manufacturer,
        String ipAddress,
        String osType,
        Instant installationDate,
        Instant warrantyExpiration) implements Serializable {
}
