package dev.portico.psa.autotask.configuration;

import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.Ref;
import dev.portico.psa.Sort;
import dev.portico.psa.autotask.AtJson;
import dev.portico.psa.autotask.AtScoping;
import dev.portico.psa.autotask.AutotaskConnection;
import dev.portico.psa.autotask.query.AtEntity;
import dev.portico.psa.autotask.query.AtFilter;
import dev.portico.psa.autotask.query.AtOp;
import dev.portico.psa.autotask.query.AtQuery;
import dev.portico.psa.configuration.ConfigurationGateway;
import dev.portico.psa.configuration.ConfigurationItem;
import dev.portico.psa.configuration.ConfigurationQuery;
import dev.portico.psa.configuration.ConfigurationSortField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Autotask configuration items ({@code ConfigurationItems}) of the scope's companies and sites. */
@ApplicationScoped
public class AutotaskConfigurationGateway implements ConfigurationGateway {

    @Inject
    AutotaskConnection at;

    protected AutotaskConfigurationGateway() {
    }

    public AutotaskConfigurationGateway(AutotaskConnection at) {
        this.at = at;
    }

    @Override
    public Page<ConfigurationItem> search(PsaScope scope, ConfigurationQuery query, PageRequest page,
            Sort<ConfigurationSortField> sort) {
        scope.require(Permission.VIEW_CONFIGURATIONS);
        Optional<AtFilter> filter = filter(scope, query);
        if (filter.isEmpty()) {
            return Page.empty();
        }
        CompletableFuture<Long> total = at.readAsync(() -> at.count(filter.get(), true));
        List<ConfigurationItem> items = at.page(new AtQuery(filter.get(), Math.min(page.size(), AtQuery.MAX_RECORDS),
                ConfigurationItems.FIELDS), page, true).stream().map(item -> ConfigurationItems.map(at, item)).toList();
        return new Page<>(items, Math.max(AutotaskConnection.join(total), (long) page.page() * page.size() + items.size()));
    }

    @Override
    public long count(PsaScope scope, ConfigurationQuery query) {
        scope.require(Permission.VIEW_CONFIGURATIONS);
        return filter(scope, query).map(f -> at.count(f, true)).orElse(0L);
    }

    /** The query after the scope; empty when it can match nothing (Autotask items have no model number). */
    static Optional<AtFilter> filter(PsaScope scope, ConfigurationQuery query) {
        AtFilter filter = AtScoping.scoped(AtEntity.CONFIGURATION_ITEMS, scope);
        if (query.modelNumber() != null && !query.modelNumber().isBlank()) {
            return Optional.empty();
        }
        if (query.name() != null && !query.name().isBlank()) {
            filter.where("referenceTitle", AtOp.CONTAINS, query.name().trim());
        }
        Boolean active = query.active();
        if (!query.statusIds().isEmpty()) {
            boolean wantsActive = query.statusIds().contains(ConfigurationItems.ACTIVE);
            boolean wantsInactive = query.statusIds().contains(ConfigurationItems.INACTIVE);
            if (!wantsActive && !wantsInactive || active != null && (active ? !wantsActive : !wantsInactive)) {
                return Optional.empty();
            }
            if (wantsActive != wantsInactive) {
                active = wantsActive;
            }
        }
        if (active != null) {
            filter.eq("isActive", active);
        }
        if (!query.typeIds().isEmpty()) {
            filter.in("configurationItemType", List.copyOf(query.typeIds()));
        }
        if (query.expires() != null) {
            if (query.expires().from() != null) {
                filter.where("warrantyExpirationDate", AtOp.GTE, query.expires().from());
            }
            if (query.expires().until() != null) {
                filter.where("warrantyExpirationDate", AtOp.LT, query.expires().until());
            }
        }
        if (query.contactId() != null) {
            filter.eq("contactID", query.contactId());
        }
        if (query.siteId() != null) {
            filter.eq("companyLocationID", query.siteId());
        }
        if (query.serialNumber() != null && !query.serialNumber().isBlank()) {
            filter.where("serialNumber", AtOp.CONTAINS, query.serialNumber().trim());
        }
        if (query.tagNumber() != null && !query.tagNumber().isBlank()) {
            filter.where("referenceNumber", AtOp.CONTAINS, query.tagNumber().trim());
        }
        return Optional.of(filter);
    }

    @Override
    public ConfigurationItem get(PsaScope scope, long id) {
        scope.require(Permission.VIEW_CONFIGURATIONS);
        JsonObject item = at.item(AtEntity.CONFIGURATION_ITEMS, id);
        if (!AtScoping.covers(scope, AtEntity.CONFIGURATION_ITEMS, item)) {
            throw new PsaNotFoundException("Configuration item");
        }
        return ConfigurationItems.map(at, item);
    }

    @Override
    public List<Ref> types() {
        return at.picklist(AtEntity.CONFIGURATION_ITEMS, "configurationItemType").stream()
                .filter(v -> v.getBoolean("isActive", true))
                .map(v -> new Ref(AtJson.number(v, "value", 0), AtJson.text(v, "label"))).toList();
    }

    @Override
    public List<Ref> statuses() {
        return ConfigurationItems.statuses();
    }
}
