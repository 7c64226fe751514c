package dev.portico.psa.autotask.configuration;

import dev.portico.psa.Ref;
import dev.portico.psa.autotask.AtJson;
import dev.portico.psa.autotask.AutotaskConnection;
import dev.portico.psa.autotask.query.AtEntity;
import dev.portico.psa.configuration.ConfigurationItem;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * An Autotask configuration item as the neutral {@link ConfigurationItem}. Autotask has no CI status but an active
 * flag: the status is "Active" (1) or "Inactive" (0). The name is {@code referenceTitle}, the tag number
 * {@code referenceNumber}; IP address and operating system come from the RMM audit fields; Autotask keeps no
 * model number or manufacturer on the item (they belong to its product).
 */
public final class ConfigurationItems {

    public static final long ACTIVE = 1;
    public static final long INACTIVE = 0;

    public static final List<String> FIELDS = List.of("id", "referenceTitle", "configurationItemType", "isActive",
            "companyID", "companyLocationID", "contactID", "serialNumber", "referenceNumber",
            "rmmDeviceAuditIPAddress", "rmmDeviceAuditOperatingSystem", "installDate", "warrantyExpirationDate");

    private ConfigurationItems() {
    }

    public static List<Ref> statuses() {
        return List.of(new Ref(ACTIVE, "Active"), new Ref(INACTIVE, "Inactive"));
    }

    public static ConfigurationItem map(AutotaskConnection at, JsonObject item) {
        Long type = AtJson.number(item, "configurationItemType");
        boolean active = AtJson.flag(item, "isActive");
        Long site = AtJson.number(item, "companyLocationID");
        Long contact = AtJson.number(item, "contactID");
        return new ConfigurationItem(
                AtJson.number(item, "id", 0),
                AtJson.text(item, "referenceTitle"),
                type == null ? null : new Ref(type, at.picklistLabel(AtEntity.CONFIGURATION_ITEMS,
                        "configurationItemType", type)),
                statuses().get(active ? 0 : 1),
                active,
                site == null ? null : new Ref(site, ""),
                contact == null ? null : new Ref(contact, ""),
                AtJson.text(item, "serialNumber"),
                "",
                AtJson.text(item, "referenceNumber"),
                "",
                AtJson.text(item, "rmmDeviceAuditIPAddress"),
                AtJson.text(item, "rmmDeviceAuditOperatingSystem"),
                AtJson.instant(item, "installDate"),
                AtJson.instant(item, "warrantyExpirationDate"));
    }
}
