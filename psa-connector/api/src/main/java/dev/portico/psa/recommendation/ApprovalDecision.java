package dev.portico.psa.recommendation;

/** Where a recommendation stands with the customer. */
public enum ApprovalDecision {
    /** Waiting for the customer to approve or decline. */
    PENDING,
    APPROVED,
    DECLINED
}
