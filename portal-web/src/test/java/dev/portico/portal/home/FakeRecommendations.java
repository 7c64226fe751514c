package dev.portico.portal.home;

import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaCallMeter;
import dev.portico.psa.PsaScope;
import dev.portico.psa.recommendation.Recommendation;
import dev.portico.psa.recommendation.RecommendationGateway;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Answers the recommendation count (one PSA call on the meter); nothing else is used by Home. Like the
 * adapter, it refuses a scope without {@code VIEW_RECOMMENDATIONS} before counting anything.
 */
class FakeRecommendations implements RecommendationGateway {

    final AtomicInteger countCalls = new AtomicInteger();
    long count;
    PsaCallMeter meter;

    @Override
    public long count(PsaScope scope) {
        scope.require(Permission.VIEW_RECOMMENDATIONS);
        countCalls.incrementAndGet();
        if (meter != null) {
            meter.record("GET /sales/opportunities/count");
        }
        return count;
    }

    @Override
    public Page<Recommendation> search(PsaScope scope, PageRequest page) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Recommendation get(PsaScope scope, long id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Recommendation approve(PsaScope scope, long id, String comment) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Recommendation decline(PsaScope scope, long id, String comment) {
        throw new UnsupportedOperationException();
    }
}
