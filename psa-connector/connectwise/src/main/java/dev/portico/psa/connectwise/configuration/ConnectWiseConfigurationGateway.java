package dev.portico.psa.connectwise.configuration;

import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.Ref;
import dev.portico.psa.Sort;
import dev.portico.psa.configuration.ConfigurationGateway;
import dev.portico.psa.configuration.ConfigurationItem;
import dev.portico.psa.configuration.ConfigurationQuery;
import dev.portico.psa.configuration.ConfigurationSortField;
import dev.portico.psa.connectwise.Conditions;
import dev.portico.psa.connectwise.ConnectWiseConnection;
import dev.portico.psa.connectwise.CwDates;
import dev.portico.psa.connectwise.CwMapping;
import dev.portico.psa.connectwise.CwRecord;
import dev.portico.psa.connectwise.rest.CompanyClient;
import dev.portico.psa.connectwise.rest.CwConfiguration;
import dev.portico.psa.connectwise.rest.CwListParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Configurations in ConnectWise, scoped to the caller's company; vendor notes and remote links are never read. */
@ApplicationScoped
public class ConnectWiseConfigurationGateway implements ConfigurationGateway {

    static final String FIELDS = "id,name,type,status,company,contact,site,serialNumber,modelNumber,tagNumber,"
            + "manufacturer,ipAddress,osType,installationDate,warrantyExpirationDate,activeFlag";
    private static final int MAX_TEXT = 250;

    private ConnectWiseConnection cw;

    protected ConnectWiseConfigurationGateway() {
    }

    @Inject
    public ConnectWiseConfigurationGateway(ConnectWiseConnection cw) {
        this.cw = cw;
    }

    @Override
    public Page<ConfigurationItem> search(PsaScope scope, ConfigurationQuery query, PageRequest page,
            Sort<ConfigurationSortField> sort) {
        scope.require(Permission.VIEW_CONFIGURATIONS);
        CwListParams params = CwListParams.where(conditions(scope, query)).fields(FIELDS).orderBy(orderBy(sort))
                .page(page.page() + 1, page.size());
        var items = cw.readAsync(() -> client().configurations(params).stream()
                .filter(c -> c.company() == null || scope.coversCompany(c.company().idOrZero()))
                .map(ConnectWiseConfigurationGateway::item).toList());
        var total = cw.readAsync(() -> client().countConfigurations(params.forCount()).value());
        return CwMapping.page(items, total, page);
    }

    /** Every match, up to one page of {@code psa.page.max-size}, by name (pickers). */
    public List<ConfigurationItem> all(PsaScope scope, ConfigurationQuery query) {
        CwListParams params = CwListParams.where(conditions(scope, query)).fields(FIELDS)
                .orderBy(Conditions.orderBy(CwRecord.CONFIGURATION, "name", true)).page(1, cw.settings().maxPageSize());
        return cw.read(() -> client().configurations(params)).stream()
                .filter(c -> c.company() == null || scope.coversCompany(c.company().idOrZero()))
                .map(ConnectWiseConfigurationGateway::item).toList();
    }

    @Override
    public long count(PsaScope scope, ConfigurationQuery query) {
        scope.require(Permission.VIEW_CONFIGURATIONS);
        return cw.read(() -> client().countConfigurations(CwListParams.where(conditions(scope, query)))).value();
    }

    @Override
    public ConfigurationItem get(PsaScope scope, long id) {
        scope.require(Permission.VIEW_CONFIGURATIONS);
        CwConfiguration found;
        try {
            found = cw.read(() -> client().configuration(id, FIELDS));
        } catch (PsaNotFoundException e) {
            throw new PsaNotFoundException("Configuration");
        }
        return item(CwMapping.owned(scope, found, found == null ? null : found.company(), "Configuration"));
    }

    @Override
    public List<Ref> types() {
        return cw.lookups().configurationTypes().stream()
                .filter(t -> !Boolean.TRUE.equals(t.inactiveFlag()))
                .map(t -> new Ref(t.id(), t.label())).toList();
    }

    @Override
    public List<Ref> statuses() {
        return cw.lookups().configurationStatuses().stream().map(s -> new Ref(s.id(), s.label())).toList();
    }

    static String conditions(PsaScope scope, ConfigurationQuery q) {
        Conditions c = Conditions.scoped(CwRecord.CONFIGURATION, scope);
        text(c, "name", q.name());
        if (q.active() != null) {
            c.is("activeFlag", q.active());
        }
        if (!q.statusIds().isEmpty()) {
            c.in("status/id", q.statusIds());
        }
        if (!q.typeIds().isEmpty()) {
            c.in("type/id", q.typeIds());
        }
        c.within("warrantyExpirationDate", q.expires());
        if (q.contactId() != null) {
            c.is("contact/id", q.contactId());
        }
        if (q.siteId() != null) {
            c.is("site/id", q.siteId());
        }
        text(c, "serialNumber", q.serialNumber());
        text(c, "modelNumber", q.modelNumber());
        text(c, "tagNumber", q.tagNumber());
        return c.build();
    }

    private static void text(Conditions c, String field, String value) {
        if (value != null && !value.isBlank()) {
            String text = value.strip();
            c.contains(field, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        }
    }

    static String orderBy(Sort<ConfigurationSortField> sort) {
        if (sort == null) {
            return Conditions.orderBy(CwRecord.CONFIGURATION, "name", true);
        }
        String field = switch (sort.field()) {
            case NAME -> "name";
            case TYPE -> "type/name";
            case STATUS -> "status/name";
            case SITE -> "site/name";
            case CONTACT -> "contact/name";
            case SERIAL_NUMBER -> "serialNumber";
            case MODEL_NUMBER -> "modelNumber";
            case TAG_NUMBER -> "tagNumber";
            case WARRANTY_EXPIRATION -> "warrantyExpirationDate";
        };
        return Conditions.orderBy(CwRecord.CONFIGURATION, field, sort.ascending());
    }

    static ConfigurationItem item(CwConfiguration c) {
        return new ConfigurationItem(c.id(), CwMapping.nullToEmpty(c.name()), CwMapping.ref(c.type()),
                CwMapping.ref(c.status()), !Boolean.FALSE.equals(c.activeFlag()), CwMapping.ref(c.site()),
                CwMapping.ref(c.contact()), c.serialNumber(), c.modelNumber(), c.tagNumber(),
                c.manufacturer() == null ? null : c.manufacturer().name(), c.ipAddress(), c.osType(),
                CwDates.parse(c.installationDate()), CwDates.parse(c.warrantyExpirationDate()));
    }

    private CompanyClient client() {
        return cw.client(CompanyClient.class);
    }
}
