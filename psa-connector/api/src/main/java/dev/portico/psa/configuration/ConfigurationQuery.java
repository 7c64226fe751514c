package dev.portico.psa.configuration;

import dev.portico.psa.DateRange;
import java.io.Serializable;
import java.util.Set;

/**
 * Configuration search, as the ConnectWise portal offers it; unset fields do not filter.
 *
 * @param active true: active only, false: inactive only, null: both
 * @param expires warranty expiration range
 */
public record ConfigurationQuery(
        String name,
        Boolean active,
        Set<Long> statusIds,
        Set<Long> typeIds,
        DateRange expires,
        Long contactId,
        Long siteId,
        String serialNumber,
        String modelNumber,
        String tagNumber) implements Serializable {

    public ConfigurationQuery {
        statusIds = statusIds == null ? Set.of() : Set.copyOf(statusIds);
        typeIds = typeIds == null ? Set.of() : Set.copyOf(typeIds);
    }

    public static ConfigurationQuery all() {
        return new ConfigurationQuery(null, null, null, null, null, null, null, null, null, null);
    }

    public static ConfigurationQuery activeOnly() {
        return new ConfigurationQuery(null, true, null, null, null, null, null, null, null, null);
    }
}
