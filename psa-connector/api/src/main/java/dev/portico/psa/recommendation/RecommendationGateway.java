package dev.portico.psa.recommendation;

import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.PsaScope;

/** Recommendations of the scope's company in portal-visible statuses; others are "not found". */
public interface RecommendationGateway {

    /** Newest first. */
    Page<Recommendation> search(PsaScope scope, PageRequest page);

    long count(PsaScope scope);

    /** With its lines. */
    Recommendation get(PsaScope scope, long id);

    /** Moves it to the configured "accepted" status and records the comment as a note. */
    Recommendation approve(PsaScope scope, long id, String comment);

    /** Moves it to the configured "declined" status and records the comment as a note. */
    Recommendation decline(PsaScope scope, long id, String comment);
}
