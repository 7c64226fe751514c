package dev.portico.portal.home;

import java.io.Serializable;

/**
 * The Alerts card's figures. A figure the user has no permission for is null and not shown.
 *
 * @param unapprovedRecommendations recommendations waiting for the customer's decision
 * @param waitingMyApproval         tickets in a "waiting for approval" status with me as the contact
 * @param awaitingMyReply           open tickets in a "waiting for the customer" status with me as the contact
 */
public record Alerts(Long unapprovedRecommendations, Long waitingMyApproval, long awaitingMyReply)
        implements Serializable {

    /** Whether anything needs the user's attention. */
    public boolean isAnyPending() {
        return positive(unapprovedRecommendations) || positive(waitingMyApproval) || awaitingMyReply > 0;
    }

    private static boolean positive(Long value) {
        return value != null && value > 0;
    }
}
