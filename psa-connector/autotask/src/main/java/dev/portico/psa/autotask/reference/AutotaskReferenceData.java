package dev.portico.psa.autotask.reference;

import dev.portico.psa.Permission;
import dev.portico.psa.PsaScope;
import dev.portico.psa.autotask.AtJson;
import dev.portico.psa.autotask.AtScoping;
import dev.portico.psa.autotask.AutotaskConnection;
import dev.portico.psa.autotask.AutotaskMappings.RequestTypeMapping;
import dev.portico.psa.autotask.configuration.ConfigurationItems;
import dev.portico.psa.autotask.query.AtEntity;
import dev.portico.psa.autotask.query.AtFilter;
import dev.portico.psa.autotask.query.AtOp;
import dev.portico.psa.autotask.query.AtQuery;
import dev.portico.psa.configuration.ConfigurationItem;
import dev.portico.psa.reference.Priority;
import dev.portico.psa.reference.ReferenceDataGateway;
import dev.portico.psa.reference.RequestType;
import dev.portico.psa.reference.SecurityLevel;
import dev.portico.psa.reference.Site;
import dev.portico.psa.ticket.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Comparator;
import java.util.List;

/**
 * Reference lists from Autotask: priorities, statuses and client-portal security levels are picklists
 * ({@code entityInformation/fields}, cached), sites are {@code CompanyLocations}, and the request types are the
 * portal's own configuration. Autotask tickets have no impact or severity, so those lists are empty.
 */
@ApplicationScoped
public class AutotaskReferenceData implements ReferenceDataGateway {

    @Inject
    AutotaskConnection at;

    protected AutotaskReferenceData() {
    }

    public AutotaskReferenceData(AutotaskConnection at) {
        this.at = at;
    }

    @Override
    public List<RequestType> requestTypes() {
        return at.mappings().requestTypes().stream().map(AutotaskReferenceData::requestType).toList();
    }

    static RequestType requestType(RequestTypeMapping type) {
        return new RequestType(type.key(), type.label(), type.asksUrgencyAndImpact(), type.requiresConfigurationItem(),
                type.requiresDueDate());
    }

    @Override
    public List<Priority> priorities() {
        return at.picklist(AtEntity.TICKETS, "priority").stream()
                .filter(v -> v.getBoolean("isActive", true))
                .map(v -> new Priority(AtJson.number(v, "value", 0), AtJson.text(v, "label"),
                        (int) AtJson.number(v, "sortOrder", 0)))
                .sorted(Comparator.comparingInt(Priority::sortOrder)).toList();
    }

    @Override
    public List<String> impacts() {
        return List.of();
    }

    @Override
    public List<String> severities() {
        return List.of();
    }

    @Override
    public List<TicketStatus> ticketStatuses() {
        return at.picklist(AtEntity.TICKETS, "status").stream()
                .filter(v -> v.getBoolean("isActive", true))
                .map(v -> {
                    long value = AtJson.number(v, "value", 0);
                    String label = AtJson.text(v, "label");
                    return new TicketStatus(value, label, label, at.mappings().kindOf(value, null));
                }).toList();
    }

    @Override
    public List<Site> sites(PsaScope scope) {
        AtFilter filter = AtFilter.on(AtEntity.COMPANY_LOCATIONS).eq("companyID", scope.companyId())
                .eq("isActive", true);
        if (!scope.siteIds().isEmpty()) {
            filter.in("id", List.copyOf(scope.siteIds()));
        }
        return at.all(AtQuery.of(filter, AtQuery.MAX_RECORDS), 4, true).stream()
                .filter(item -> AtJson.number(item, "companyID", 0) == scope.companyId())
                .map(AutotaskReferenceData::site).toList();
    }

    static Site site(JsonObject item) {
        return new Site(AtJson.number(item, "id", 0), AtJson.text(item, "name"), AtJson.text(item, "address1"),
                AtJson.text(item, "address2"), AtJson.text(item, "city"), AtJson.text(item, "postalCode"),
                AtJson.text(item, "phone"), AtJson.flag(item, "isPrimary"));
    }

    @Override
    public List<ConfigurationItem> configurationItems(PsaScope scope, long siteId, String nameContains) {
        scope.requireAny(Permission.CREATE_TICKETS, Permission.VIEW_CONFIGURATIONS);
        if (!scope.coversSite(siteId)) {
            return List.of();
        }
        AtFilter filter = AtScoping.scoped(AtEntity.CONFIGURATION_ITEMS, scope).eq("companyLocationID", siteId)
                .eq("isActive", true);
        if (nameContains != null && !nameContains.isBlank()) {
            filter.where("referenceTitle", AtOp.CONTAINS, nameContains.trim());
        }
        return at.query(new AtQuery(filter, AtQuery.MAX_RECORDS, ConfigurationItems.FIELDS), true).items().stream()
                .map(item -> ConfigurationItems.map(at, item)).toList();
    }

    @Override
    public List<SecurityLevel> securityLevels() {
        return at.picklist(AtEntity.CLIENT_PORTAL_USERS, "securityLevel").stream()
                .filter(v -> v.getBoolean("isActive", true))
                .map(v -> new SecurityLevel(AtJson.text(v, "value"), AtJson.text(v, "label"))).toList();
    }
}
