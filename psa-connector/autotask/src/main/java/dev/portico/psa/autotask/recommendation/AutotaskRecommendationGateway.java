package dev.portico.psa.autotask.recommendation;

import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaRejectedException;
import dev.portico.psa.PsaRejectedException.FieldProblem;
import dev.portico.psa.PsaRejectedException.Keys;
import dev.portico.psa.PsaScope;
import dev.portico.psa.Ref;
import dev.portico.psa.autotask.AtJson;
import dev.portico.psa.autotask.AtScoping;
import dev.portico.psa.autotask.AutotaskConnection;
import dev.portico.psa.autotask.AutotaskMappings;
import dev.portico.psa.autotask.query.AtEntity;
import dev.portico.psa.autotask.query.AtFilter;
import dev.portico.psa.autotask.query.AtQuery;
import dev.portico.psa.recommendation.ApprovalDecision;
import dev.portico.psa.recommendation.Recommendation;
import dev.portico.psa.recommendation.RecommendationGateway;
import dev.portico.psa.recommendation.RecommendationLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Autotask quotes as recommendations: the active quotes of the scope's companies, their {@code QuoteItems} as lines,
 * and the decision from the quote's opportunity status (configured accept and decline values; any other is
 * pending). Approving or declining sets the opportunity's status; a comment is written to the quote's
 * {@code extApprovalContactResponse}.
 */
@ApplicationScoped
public class AutotaskRecommendationGateway implements RecommendationGateway {

    /** Autotask's one-time period type; every other period recurs. */
    static final long ONE_TIME = 1;

    @Inject
    AutotaskConnection at;

    protected AutotaskRecommendationGateway() {
    }

    public AutotaskRecommendationGateway(AutotaskConnection at) {
        this.at = at;
    }

    private AtFilter filter(PsaScope scope) {
        return AtScoping.scoped(AtEntity.QUOTES, scope).eq("isActive", true);
    }

    @Override
    public Page<Recommendation> search(PsaScope scope, PageRequest page) {
        scope.require(Permission.VIEW_RECOMMENDATIONS);
        AtFilter filter = filter(scope);
        CompletableFuture<Long> total = at.readAsync(() -> at.count(filter, true));
        List<JsonObject> quotes = at.page(AtQuery.of(filter, Math.min(page.size(), AtQuery.MAX_RECORDS)), page, true);
        Map<Long, JsonObject> opportunities = opportunities(quotes);
        List<Recommendation> items = quotes.stream()
                .map(q -> recommendation(q, opportunities.get(AtJson.number(q, "opportunityID")), List.of())).toList();
        return new Page<>(items, Math.max(AutotaskConnection.join(total), (long) page.page() * page.size()
                + items.size()));
    }

    private Map<Long, JsonObject> opportunities(List<JsonObject> quotes) {
        List<Long> ids = quotes.stream().map(q -> AtJson.number(q, "opportunityID")).filter(id -> id != null)
                .distinct().toList();
        Map<Long, JsonObject> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            for (JsonObject o : at.query(new AtQuery(AtFilter.on(AtEntity.OPPORTUNITIES).in("id", ids),
                    AtQuery.MAX_RECORDS, List.of("id", "status", "companyID")), true).items()) {
                byId.put(AtJson.number(o, "id", 0), o);
            }
        }
        return byId;
    }

    @Override
    public long count(PsaScope scope) {
        scope.require(Permission.VIEW_RECOMMENDATIONS);
        return at.count(filter(scope), true);
    }

    @Override
    public Recommendation get(PsaScope scope, long id) {
        scope.require(Permission.VIEW_RECOMMENDATIONS);
        CompletableFuture<List<JsonObject>> lines = at.readAsync(() -> at.all(AtQuery.of(
                AtFilter.on(AtEntity.QUOTE_ITEMS).eq("quoteID", id), AtQuery.MAX_RECORDS), 4, true));
        JsonObject quote = owned(scope, id);
        JsonObject opportunity = opportunity(quote);
        return recommendation(quote, opportunity, AutotaskConnection.join(lines).stream()
                .filter(line -> AtJson.number(line, "quoteID", 0) == id).toList());
    }

    private JsonObject owned(PsaScope scope, long id) {
        JsonObject quote = at.item(AtEntity.QUOTES, id);
        if (!AtScoping.covers(scope, AtEntity.QUOTES, quote) || !AtJson.flag(quote, "isActive")) {
            throw new PsaNotFoundException("Recommendation");
        }
        return quote;
    }

    private JsonObject opportunity(JsonObject quote) {
        Long id = AtJson.number(quote, "opportunityID");
        if (id == null) {
            return null;
        }
        try {
            return at.item(AtEntity.OPPORTUNITIES, id);
        } catch (PsaNotFoundException missing) {
            return null;
        }
    }

    @Override
    public Recommendation approve(PsaScope scope, long id, String comment) {
        return decide(scope, id, comment, true);
    }

    @Override
    public Recommendation decline(PsaScope scope, long id, String comment) {
        return decide(scope, id, comment, false);
    }

    private Recommendation decide(PsaScope scope, long id, String comment, boolean approve) {
        scope.require(Permission.APPROVE_RECOMMENDATIONS);
        JsonObject quote = owned(scope, id);
        JsonObject opportunity = opportunity(quote);
        if (opportunity == null || decision(opportunity) != ApprovalDecision.PENDING) {
            throw new PsaRejectedException("Not pending", List.of(new FieldProblem("decision", Keys.CONFLICT,
                    "This recommendation was already decided.", true)));
        }
        AutotaskMappings mappings = at.mappings();
        at.patch(AtEntity.OPPORTUNITIES, Json.createObjectBuilder().add("id", AtJson.number(opportunity, "id", 0))
                .add("status", approve ? mappings.opportunityAcceptStatus() : mappings.opportunityDeclineStatus())
                .build());
        if (comment != null && !comment.isBlank()) {
            // extApprovalContactResponse is an integer in Autotask's document, not text: the customer's words are
            // appended to the quote's comment, after what the MSP wrote there
            String said = comment.strip().length() > 2000 ? comment.strip().substring(0, 2000) : comment.strip();
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            String before = AtJson.text(quote, "comment");
            at.patch(AtEntity.QUOTES, Json.createObjectBuilder().add("id", id)
                    .add("comment", (before.isBlank() ? "" : before.stripTrailing() + "\n\n")
                            + "Customer response (" + (approve ? "accepted" : "declined") + ", " + now + "): " + said)
                    .add("extApprovalResponseDate", now.toString())
                    .build());
        }
        return get(scope, id);
    }

    private ApprovalDecision decision(JsonObject opportunity) {
        if (opportunity == null) {
            return ApprovalDecision.PENDING;
        }
        long status = AtJson.number(opportunity, "status", 0);
        if (status == at.mappings().opportunityAcceptStatus()) {
            return ApprovalDecision.APPROVED;
        }
        return status == at.mappings().opportunityDeclineStatus() ? ApprovalDecision.DECLINED : ApprovalDecision.PENDING;
    }

    private Recommendation recommendation(JsonObject quote, JsonObject opportunity, List<JsonObject> items) {
        List<RecommendationLine> lines = new ArrayList<>();
        BigDecimal subtotal = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        for (JsonObject item : items) {
            BigDecimal quantity = orZero(AtJson.decimal(item, "quantity"));
            BigDecimal unit = orZero(AtJson.decimal(item, "unitPrice")).subtract(orZero(AtJson.decimal(item, "unitDiscount")));
            BigDecimal line = quantity.multiply(unit).subtract(orZero(AtJson.decimal(item, "lineDiscount")));
            boolean optional = AtJson.flag(item, "isOptional");
            Long period = AtJson.number(item, "periodType");
            String name = AtJson.text(item, "name");
            String description = AtJson.text(item, "description");
            lines.add(new RecommendationLine(AtJson.number(item, "id", 0),
                    description.isBlank() ? name : name.isBlank() ? description : name + " - " + description,
                    quantity, unit, line, period != null && period != ONE_TIME, optional));
            if (!optional) {
                subtotal = subtotal.add(line);
                tax = tax.add(orZero(AtJson.decimal(item, "totalEffectiveTax")));
            }
        }
        Long contact = AtJson.number(quote, "contactID");
        Long status = opportunity == null ? null : AtJson.number(opportunity, "status");
        boolean detailed = !items.isEmpty();
        return new Recommendation(AtJson.number(quote, "id", 0), AtJson.text(quote, "name"),
                status == null ? "" : at.picklistLabel(AtEntity.OPPORTUNITIES, "status", status),
                decision(opportunity), contact == null ? null : new Ref(contact, ""), null,
                AtJson.instant(quote, "expirationDate"), AtJson.instant(quote, "createDate"),
                AtJson.text(quote, "description"), AtJson.text(quote, "purchaseOrderNumber"), lines,
                detailed ? subtotal : null, detailed ? tax : null, detailed ? subtotal.add(tax) : null);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
