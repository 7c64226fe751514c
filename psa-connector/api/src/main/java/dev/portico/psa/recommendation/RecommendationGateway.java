package dev.portico.psa.recommendation;

import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.PsaScope;

/** Recommendations (quotes) of the scope's companies that the customer may see; others are "not found". */
public interface RecommendationGateway {

    /** Newest first. */
    Page<Recommendation> search(PsaScope scope, PageRequest page);

    long count(PsaScope scope);

    /** With its lines. */
    Recommendation get(PsaScope scope, long id);

    /** Records the customer's approval (and the comment) in the PSA; the answer's decision is APPROVED. */
    Recommendation approve(PsaScope scope, long id, String comment);

    /** Records the customer's refusal (and the comment) in the PSA; the answer's decision is DECLINED. */
    Recommendation decline(PsaScope scope, long id, String comment);
}
