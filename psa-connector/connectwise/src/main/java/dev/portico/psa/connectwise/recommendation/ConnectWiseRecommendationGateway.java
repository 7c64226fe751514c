package dev.portico.psa.connectwise.recommendation;

import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.connectwise.Conditions;
import dev.portico.psa.connectwise.ConnectWiseConnection;
import dev.portico.psa.connectwise.ConnectWiseMappings;
import dev.portico.psa.connectwise.CwDates;
import dev.portico.psa.connectwise.CwMapping;
import dev.portico.psa.connectwise.CwRecord;
import dev.portico.psa.connectwise.rest.CwForecast;
import dev.portico.psa.connectwise.rest.CwForecastItem;
import dev.portico.psa.connectwise.rest.CwListParams;
import dev.portico.psa.connectwise.rest.CwOpportunity;
import dev.portico.psa.connectwise.rest.CwOpportunityNote;
import dev.portico.psa.connectwise.rest.CwPatchOperation;
import dev.portico.psa.connectwise.rest.SalesClient;
import dev.portico.psa.recommendation.ApprovalDecision;
import dev.portico.psa.recommendation.Recommendation;
import dev.portico.psa.recommendation.RecommendationGateway;
import dev.portico.psa.recommendation.RecommendationLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Recommendations are ConnectWise opportunities of the caller's company in the configured portal-visible
 * statuses. Approving or declining moves them to the configured status and records the comment as a note.
 */
@ApplicationScoped
public class ConnectWiseRecommendationGateway implements RecommendationGateway {

    static final String FIELDS = "id,name,expectedCloseDate,status,company,contact,site,notes,customerPO,totalSalesTax,_info";

    private ConnectWiseConnection cw;

    protected ConnectWiseRecommendationGateway() {
    }

    @Inject
    public ConnectWiseRecommendationGateway(ConnectWiseConnection cw) {
        this.cw = cw;
    }

    @Override
    public Page<Recommendation> search(PsaScope scope, PageRequest page) {
        scope.require(Permission.VIEW_RECOMMENDATIONS);
        Set<Long> visible = cw.lookups().visibleOpportunityStatusIds();
        if (visible.isEmpty()) {
            return Page.empty();
        }
        CwListParams params = CwListParams.where(conditions(scope, visible)).fields(FIELDS)
                .orderBy(Conditions.orderBy(CwRecord.OPPORTUNITY, "id", false)).page(page.page() + 1, page.size());
        CompletableFuture<List<Recommendation>> items = cw.readAsync(() -> sales().opportunities(params).stream()
                .filter(o -> CwMapping.inScope(scope, o.company()))
                .map(o -> recommendation(o, null, cw.mappings())).toList());
        CompletableFuture<Long> total = cw.readAsync(() -> sales().countOpportunities(params.forCount()).value());
        return CwMapping.page(items, total, page);
    }

    @Override
    public long count(PsaScope scope) {
        scope.require(Permission.VIEW_RECOMMENDATIONS);
        Set<Long> visible = cw.lookups().visibleOpportunityStatusIds();
        if (visible.isEmpty()) {
            return 0;
        }
        return cw.read(() -> sales().countOpportunities(CwListParams.where(conditions(scope, visible)))).value();
    }

    @Override
    public Recommendation get(PsaScope scope, long id) {
        scope.require(Permission.VIEW_RECOMMENDATIONS);
        CompletableFuture<CwOpportunity> opportunity = cw.readAsync(() -> sales().opportunity(id, FIELDS));
        CompletableFuture<CwForecast> forecast = cw.readAsync(() -> sales().forecast(id));
        CwOpportunity found = visible(scope, ConnectWiseConnection.join(opportunity));
        return recommendation(found, ConnectWiseConnection.join(forecast), cw.mappings());
    }

    @Override
    public Recommendation approve(PsaScope scope, long id, String comment) {
        scope.require(Permission.APPROVE_RECOMMENDATIONS);
        return decide(scope, id, cw.mappings().acceptRecommendationStatus(), "Approved", comment);
    }

    @Override
    public Recommendation decline(PsaScope scope, long id, String comment) {
        scope.require(Permission.APPROVE_RECOMMENDATIONS);
        return decide(scope, id, cw.mappings().declineRecommendationStatus(), "Declined", comment);
    }

    private Recommendation decide(PsaScope scope, long id, String statusName, String verb, String comment) {
        visible(scope, cw.read(() -> sales().opportunity(id, FIELDS)));
        long statusId = cw.lookups().opportunityStatusNamed(statusName).id();
        String note = verb + " in the customer portal by contact " + scope.contactId()
                + (comment == null || comment.isBlank() ? "" : ": " + comment.strip());
        cw.write(() -> sales().addNote(id, new CwOpportunityNote(null, null, note, null)));
        CwOpportunity changed = cw.write(() -> cw.raw().patch("/sales/opportunities/" + id,
                List.of(CwPatchOperation.replace("status", Map.of("id", statusId))), CwOpportunity.class));
        return recommendation(changed, null, cw.mappings());
    }

    /** The opportunity if it is the scope's company's and in a portal-visible status; otherwise "not found". */
    private CwOpportunity visible(PsaScope scope, CwOpportunity opportunity) {
        CwMapping.owned(scope, opportunity, opportunity == null ? null : opportunity.company(), "Recommendation");
        Set<Long> visible = cw.lookups().visibleOpportunityStatusIds();
        if (opportunity.status() == null || !visible.contains(opportunity.status().id())) {
            throw new PsaNotFoundException("Recommendation");
        }
        return opportunity;
    }

    private static String conditions(PsaScope scope, Set<Long> visibleStatusIds) {
        return Conditions.scoped(CwRecord.OPPORTUNITY, scope).in("status/id", visibleStatusIds).build();
    }

    static Recommendation recommendation(CwOpportunity o, CwForecast forecast, ConnectWiseMappings mappings) {
        List<CwForecastItem> items = forecast == null || forecast.forecastItems() == null ? List.of()
                : forecast.forecastItems().stream().filter(Objects::nonNull).toList();
        List<RecommendationLine> lines = items.stream()
                .sorted(Comparator.comparing(i -> i.sequenceNumber() == null ? BigDecimal.ZERO : i.sequenceNumber()))
                .map(ConnectWiseRecommendationGateway::line)
                .toList();
        BigDecimal subtotal = forecast == null ? null : items.stream()
                .filter(i -> !Boolean.FALSE.equals(i.includeFlag()) && i.revenue() != null)
                .map(CwForecastItem::revenue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tax = forecast == null ? null : o.totalSalesTax() == null ? BigDecimal.ZERO : o.totalSalesTax();
        BigDecimal total = subtotal == null ? null : subtotal.add(tax);
        String status = o.status() == null ? "" : CwMapping.nullToEmpty(o.status().name());
        return new Recommendation(o.id(), CwMapping.nullToEmpty(o.name()), status, decision(status, mappings),
                CwMapping.ref(o.contact()), CwMapping.ref(o.site()), CwDates.parse(o.expectedCloseDate()),
                o.info() == null ? null : CwDates.parse(o.info().get("dateEntered")), o.notes(), o.customerPO(), lines,
                subtotal, tax, total);
    }

    /** Approved in the configured accept status, declined in the decline status, pending in any other. */
    static ApprovalDecision decision(String status, ConnectWiseMappings mappings) {
        if (status.equalsIgnoreCase(mappings.acceptRecommendationStatus())) {
            return ApprovalDecision.APPROVED;
        }
        if (status.equalsIgnoreCase(mappings.declineRecommendationStatus())) {
            return ApprovalDecision.DECLINED;
        }
        return ApprovalDecision.PENDING;
    }

    /** A forecast item as a quote line; its unit price is the revenue over the quantity (ConnectWise keeps no unit price). */
    static RecommendationLine line(CwForecastItem i) {
        String description = i.productDescription() != null && !i.productDescription().isBlank()
                ? i.productDescription() : CwMapping.nullToEmpty(i.forecastDescription());
        BigDecimal unitPrice = i.revenue() == null || i.quantity() == null || i.quantity().signum() == 0 ? null
                : i.revenue().divide(i.quantity(), 2, RoundingMode.HALF_UP);
        return new RecommendationLine(i.id() == null ? 0 : i.id(), description, i.quantity(), unitPrice, i.revenue(),
                Boolean.TRUE.equals(i.recurringFlag()), Boolean.FALSE.equals(i.includeFlag()));
    }

    private SalesClient sales() {
        return cw.client(SalesClient.class);
    }
}
