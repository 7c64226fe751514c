package dev.portico.psa.connectwise;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.portico.psa.PsaUnavailableException;
import dev.portico.psa.connectwise.ConnectWiseMappings.RequestTypeMapping;
import dev.portico.psa.connectwise.rest.CompanyClient;
import dev.portico.psa.connectwise.rest.CwBoard;
import dev.portico.psa.connectwise.rest.CwBoardStatus;
import dev.portico.psa.connectwise.rest.CwCommunicationType;
import dev.portico.psa.connectwise.rest.CwConfigurationStatus;
import dev.portico.psa.connectwise.rest.CwListParams;
import dev.portico.psa.connectwise.rest.CwNamed;
import dev.portico.psa.connectwise.rest.CwOpportunityStatus;
import dev.portico.psa.connectwise.rest.CwPriority;
import dev.portico.psa.connectwise.rest.CwSecurityLevel;
import dev.portico.psa.connectwise.rest.CwSite;
import dev.portico.psa.connectwise.rest.SalesClient;
import dev.portico.psa.connectwise.rest.ServiceClient;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * ConnectWise reference data, cached for {@code psa.cache.ttl-seconds}: boards and their statuses and
 * types, priorities, sources, opportunity statuses, sites per company. Also resolves the configured
 * names (request types, statuses) to ids. Loading counts as PSA calls of whoever triggered it.
 */
public final class CwLookups {

    private static final Logger LOG = Logger.getLogger(CwLookups.class.getName());

    /** The ids a request type's tickets are created with; subtype and item may be null. */
    public record ResolvedRequestType(RequestTypeMapping mapping, long boardId, long typeId, Long subTypeId, Long itemId) {
    }

    private final ConnectWiseMappings mappings;
    private final int all;
    private final CwResilience resilience;
    private final Supplier<ServiceClient> service;
    private final Supplier<CompanyClient> company;
    private final Supplier<SalesClient> sales;
    private final Cache<Object, Object> cache;

    /**
     * @param maxPageSize the largest page the PSA allows (reference lists are read in one page)
     * @param resilience  the read policy every load goes through
     */
    CwLookups(ConnectWiseMappings mappings, int maxPageSize, CwResilience resilience, Supplier<ServiceClient> service,
            Supplier<CompanyClient> company, Supplier<SalesClient> sales) {
        this.mappings = mappings;
        this.all = maxPageSize;
        this.resilience = resilience;
        this.service = service;
        this.company = company;
        this.sales = sales;
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(mappings.referenceTtl())
                .maximumSize(2_000)
                .build();
    }

    /** The boards the configured request types use. */
    public List<CwBoard> boards() {
        Set<String> names = new LinkedHashSet<>();
        mappings.requestTypes().forEach(t -> names.add(t.board()));
        return cached("boards", () -> names.isEmpty() ? List.of() : service().boards(
                CwListParams.where(Conditions.on(CwRecord.BOARD).inTexts("name", names).build())
                        .fields("id,name,inactiveFlag").page(1, all)));
    }

    public List<CwBoardStatus> statuses(long boardId) {
        return cached("statuses:" + boardId, () -> service().statuses(boardId, CwListParams.where(null)
                .fields("id,name,board,sortOrder,inactive,closedStatus,defaultFlag,customerPortalDescription,"
                        + "customerPortalFlag")
                .orderBy("sortOrder asc").page(1, all)));
    }

    /** Statuses of all request-type boards. */
    public List<CwBoardStatus> allStatuses() {
        return boards().stream().flatMap(b -> statuses(b.id()).stream()).toList();
    }

    public Optional<CwBoardStatus> status(long statusId) {
        return allStatuses().stream().filter(s -> Objects.equals(s.id(), statusId)).findFirst();
    }

    /** A status of {@code boardId} by (configured) name. */
    public CwBoardStatus statusNamed(long boardId, String name) {
        return statuses(boardId).stream().filter(s -> name.equalsIgnoreCase(s.name())).findFirst()
                .orElseThrow(() -> misconfigured("status '" + name + "' on board " + boardId));
    }

    public List<CwBoard> types(long boardId) {
        return cached("types:" + boardId, () -> service().types(boardId,
                CwListParams.where(null).fields("id,name,inactiveFlag,board").page(1, all)));
    }

    public List<CwPriority> priorities() {
        return cached("priorities", () -> service().priorities(
                CwListParams.where(null).fields("id,name,sortOrder,level,defaultFlag").orderBy("sortOrder asc")
                        .page(1, all)));
    }

    public CwPriority priorityNamed(String name) {
        return priorities().stream().filter(p -> name.equalsIgnoreCase(p.name())).findFirst()
                .orElseThrow(() -> misconfigured("priority '" + name + "'"));
    }

    public List<CwNamed> impacts() {
        return cached("impacts", () -> service().impacts(CwListParams.where(null).page(1, all)));
    }

    public List<CwNamed> severities() {
        return cached("severities", () -> service().severities(CwListParams.where(null).page(1, all)));
    }

    /** The configured service source of portal tickets, if it exists. */
    public Optional<CwNamed> portalSource() {
        String name = mappings.ticketSource();
        if (name == null) {
            return Optional.empty();
        }
        List<CwNamed> sources = cached("sources", () -> service().sources(
                CwListParams.where(null).fields("id,name").page(1, all)));
        return sources.stream().filter(s -> name.equalsIgnoreCase(s.name())).findFirst();
    }

    public List<CwOpportunityStatus> opportunityStatuses() {
        return cached("opportunityStatuses", () -> sales.get().statuses(
                CwListParams.where(null).fields("id,name,wonFlag,lostFlag,closedFlag,inactiveFlag").page(1, all)));
    }

    public CwOpportunityStatus opportunityStatusNamed(String name) {
        return opportunityStatuses().stream().filter(s -> name.equalsIgnoreCase(s.name())).findFirst()
                .orElseThrow(() -> misconfigured("opportunity status '" + name + "'"));
    }

    /** Ids of the configured portal-visible opportunity statuses that exist. */
    public Set<Long> visibleOpportunityStatusIds() {
        Set<String> names = mappings.visibleRecommendationStatuses();
        Set<Long> ids = new LinkedHashSet<>();
        opportunityStatuses().stream().filter(s -> names.stream().anyMatch(n -> n.equalsIgnoreCase(s.name())))
                .forEach(s -> ids.add(s.id()));
        return ids;
    }

    /** Active sites of a company. */
    public List<CwSite> sites(long companyId) {
        return cached("sites:" + companyId, () -> company().sites(companyId, CwListParams
                .where(Conditions.on(CwRecord.SITE).is("inactiveFlag", false).build())
                .fields("id,name,addressLine1,addressLine2,city,zip,phoneNumber,primaryAddressFlag,inactiveFlag")
                .orderBy("name asc").page(1, all)));
    }

    public List<CwConfigurationStatus> configurationTypes() {
        return cached("configurationTypes", () -> company().configurationTypes(
                CwListParams.where(null).fields("id,name,inactiveFlag").orderBy("name asc").page(1, all)));
    }

    public List<CwConfigurationStatus> configurationStatuses() {
        return cached("configurationStatuses", () -> company().configurationStatuses(
                CwListParams.where(null).fields("id,description,closedFlag").page(1, all)));
    }

    public List<CwSecurityLevel> securityLevels() {
        return cached("securityLevels", () -> company().portalSecurityLevels(CwListParams.where(null).page(1, all)));
    }

    public CwCommunicationType communicationTypeNamed(String name) {
        List<CwCommunicationType> types = cached("communicationTypes", () -> company().communicationTypes(
                CwListParams.where(null).fields("id,description,phoneFlag,faxFlag,emailFlag").page(1, all)));
        return types.stream().filter(t -> name.equalsIgnoreCase(t.description())).findFirst()
                .orElseThrow(() -> misconfigured("communication type '" + name + "'"));
    }

    /** The board, type, subtype and item ids of a configured request type. */
    public ResolvedRequestType resolve(String requestTypeKey) {
        RequestTypeMapping mapping = mappings.requestType(requestTypeKey)
                .orElseThrow(() -> new IllegalArgumentException("Unknown request type " + requestTypeKey));
        return composed("requestType:" + requestTypeKey, () -> {
            CwBoard board = boards().stream().filter(b -> mapping.board().equalsIgnoreCase(b.name())).findFirst()
                    .orElseThrow(() -> misconfigured("board '" + mapping.board() + "'"));
            long boardId = board.id();
            CwBoard type = named(types(boardId), mapping.type(), "type");
            Long subType = mapping.subtype() == null ? null : named(cached("subtypes:" + boardId,
                    () -> service().subtypes(boardId, CwListParams.where(null).fields("id,name,inactiveFlag")
                            .page(1, all))), mapping.subtype(), "subtype").id();
            Long item = mapping.item() == null ? null : named(cached("items:" + boardId,
                    () -> service().items(boardId, CwListParams.where(null).fields("id,name,inactiveFlag")
                            .page(1, all))), mapping.item(), "item").id();
            return new ResolvedRequestType(mapping, boardId, type.id(), subType, item);
        });
    }

    /** The configured request type whose board and type a ticket has, if any. */
    public Optional<RequestTypeMapping> requestTypeOf(Long boardId, Long typeId) {
        if (boardId == null || typeId == null) {
            return Optional.empty();
        }
        for (RequestTypeMapping mapping : mappings.requestTypes()) {
            try {
                ResolvedRequestType resolved = resolve(mapping.key());
                if (resolved.boardId() == boardId && resolved.typeId() == typeId) {
                    return Optional.of(mapping);
                }
            } catch (PsaUnavailableException misconfigured) {
                LOG.log(Level.FINE, "Request type {0} cannot be resolved", mapping.key());
            }
        }
        return Optional.empty();
    }

    /** Drops everything cached, e.g. after the MSP changed boards. */
    public void invalidate() {
        cache.invalidateAll();
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, Supplier<T> loader) {
        return (T) cache.get(key, k -> resilience.read(loader));
    }

    /** For values built from other cached values: no nested cache computation (Caffeine forbids it). */
    @SuppressWarnings("unchecked")
    private <T> T composed(String key, Supplier<T> builder) {
        Object value = cache.getIfPresent(key);
        if (value == null) {
            value = builder.get();
            cache.put(key, value);
        }
        return (T) value;
    }

    private static CwBoard named(List<CwBoard> candidates, String name, String what) {
        return candidates.stream().filter(c -> name.equalsIgnoreCase(c.name())).findFirst()
                .orElseThrow(() -> misconfigured(what + " '" + name + "'"));
    }

    private static PsaUnavailableException misconfigured(String what) {
        LOG.severe(() -> "The PSA has no " + what + "; check the psa.* mappings in the portal configuration");
        return new PsaUnavailableException("PSA configuration mismatch: no " + what, null);
    }

    private ServiceClient service() {
        return service.get();
    }

    private CompanyClient company() {
        return company.get();
    }
}
