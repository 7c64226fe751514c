package dev.portico.psa.connectwise.reference;

import dev.portico.psa.Permission;
import dev.portico.psa.PsaScope;
import dev.portico.psa.configuration.ConfigurationItem;
import dev.portico.psa.configuration.ConfigurationQuery;
import dev.portico.psa.connectwise.ConnectWiseConnection;
import dev.portico.psa.connectwise.CwMapping;
import dev.portico.psa.connectwise.configuration.ConnectWiseConfigurationGateway;
import dev.portico.psa.connectwise.rest.CwBoardStatus;
import dev.portico.psa.connectwise.rest.CwNamed;
import dev.portico.psa.connectwise.rest.CwSite;
import dev.portico.psa.reference.Priority;
import dev.portico.psa.reference.ReferenceDataGateway;
import dev.portico.psa.reference.RequestType;
import dev.portico.psa.reference.SecurityLevel;
import dev.portico.psa.reference.Site;
import dev.portico.psa.ticket.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Reference data from ConnectWise, through the connection's cache. */
@ApplicationScoped
public class ConnectWiseReferenceData implements ReferenceDataGateway {

    private ConnectWiseConnection cw;
    private ConnectWiseConfigurationGateway configurations;

    protected ConnectWiseReferenceData() {
    }

    @Inject
    public ConnectWiseReferenceData(ConnectWiseConnection cw) {
        this.cw = cw;
        this.configurations = new ConnectWiseConfigurationGateway(cw);
    }

    @Override
    public List<RequestType> requestTypes() {
        return cw.mappings().requestTypes().stream()
                .map(t -> new RequestType(t.key(), t.label(), t.asksUrgencyAndImpact(), t.requiresConfigurationItem(),
                        t.requiresDueDate()))
                .toList();
    }

    @Override
    public List<Priority> priorities() {
        return cw.lookups().priorities().stream()
                .map(p -> new Priority(p.id(), CwMapping.nullToEmpty(p.name()), p.sortOrder() == null ? 0 : p.sortOrder()))
                .toList();
    }

    @Override
    public List<String> impacts() {
        return cw.lookups().impacts().stream().map(CwNamed::label).toList();
    }

    @Override
    public List<String> severities() {
        return cw.lookups().severities().stream().map(CwNamed::label).toList();
    }

    @Override
    public List<TicketStatus> ticketStatuses() {
        return cw.lookups().allStatuses().stream()
                .filter(s -> !Boolean.TRUE.equals(s.inactive()))
                .map(this::status)
                .toList();
    }

    TicketStatus status(CwBoardStatus s) {
        return new TicketStatus(s.id(), s.name(), s.customerPortalDescription(),
                cw.mappings().statusKind(s.name(), Boolean.TRUE.equals(s.closedStatus())));
    }

    @Override
    public List<Site> sites(PsaScope scope) {
        return cw.lookups().sites(scope.companyId()).stream().map(ConnectWiseReferenceData::site).toList();
    }

    static Site site(CwSite s) {
        return new Site(s.id(), CwMapping.nullToEmpty(s.name()), s.addressLine1(), s.addressLine2(), s.city(), s.zip(),
                s.phoneNumber(), Boolean.TRUE.equals(s.primaryAddressFlag()));
    }

    @Override
    public List<ConfigurationItem> configurationItems(PsaScope scope, long siteId, String nameContains) {
        scope.requireAny(Permission.CREATE_TICKETS, Permission.VIEW_CONFIGURATIONS);
        ConfigurationQuery query = new ConfigurationQuery(nameContains, true, null, null, null, null, siteId, null, null,
                null);
        return configurations.all(scope, query);
    }

    @Override
    public List<SecurityLevel> securityLevels() {
        return cw.lookups().securityLevels().stream()
                .filter(l -> l.id() != null)
                .map(l -> new SecurityLevel(String.valueOf(l.id()),
                        l.caption() == null || l.caption().isBlank() ? CwMapping.nullToEmpty(l.captionIdentifier()) : l.caption()))
                .toList();
    }
}
