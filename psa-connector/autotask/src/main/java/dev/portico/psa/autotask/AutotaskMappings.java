package dev.portico.psa.autotask;

import dev.portico.psa.ticket.StatusKind;
import dev.portico.psa.ticket.Urgency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * How Portico's neutral ticket model maps onto one Autotask tenant: picklist values (Autotask's numbers, never
 * labels: labels are per tenant and translated) for statuses, priorities, the portal's note type and ticket
 * source, and the request types. Keys under {@code psa.autotask.}; defaults in the adapter's
 * {@code microprofile-config.properties}.
 */
public record AutotaskMappings(
        List<RequestTypeMapping> requestTypes,
        Set<Long> newStatuses,
        Set<Long> completeStatuses,
        Set<Long> waitingCustomerStatuses,
        Set<Long> waitingApprovalStatuses,
        long statusNew,
        long statusApprove,
        long statusReject,
        long statusClose,
        long statusReopen,
        long priorityDefault,
        long priorityEmergency,
        Map<Urgency, Long> priorityByUrgency,
        long source,
        long noteType,
        String customerReferenceUdf,
        boolean impersonateContact,
        int reopenDays,
        long attachmentMaxBytes,
        long attachmentVolumeBytes,
        int attachmentVolumeWindowSeconds,
        int cacheTtlSeconds,
        Set<Long> projectCompleteStatuses,
        Set<Long> taskCompleteStatuses,
        Set<Long> contractActiveStatuses,
        long opportunityAcceptStatus,
        long opportunityDeclineStatus,
        Set<Long> knowledgeBasePublish,
        Set<Long> knowledgeBaseCategories) {

    /** Autotask's "publish to All Autotask Users": the only note and attachment visibility customers see. */
    public static final long PUBLISH_ALL = 1;
    /** Autotask's system change-approval states in which a vote is awaited: Requested, Partially Approved. */
    public static final Set<Long> CHANGE_APPROVAL_OPEN = Set.of(3L, 4L);
    /** Autotask's system ticket type "Change Request". */
    public static final long TICKET_TYPE_CHANGE_REQUEST = 4;

    /**
     * A configured request type: its picklist values, each null when the type leaves it to Autotask's default.
     */
    public record RequestTypeMapping(String key, String label, Long queue, Long ticketType, Long category,
            Long issueType, Long subIssueType, boolean asksUrgencyAndImpact, boolean requiresConfigurationItem,
            boolean requiresDueDate) {

        /** Whether a ticket with these classification values belongs to this type (every configured value matches). */
        public boolean matches(Long ticketTypeValue, Long categoryValue, Long issueTypeValue, Long subIssueTypeValue) {
            return same(ticketType, ticketTypeValue) && same(category, categoryValue)
                    && same(issueType, issueTypeValue) && same(subIssueType, subIssueTypeValue);
        }

        private static boolean same(Long configured, Long actual) {
            return configured == null || configured.equals(actual);
        }
    }

    public AutotaskMappings {
        requestTypes = List.copyOf(requestTypes);
        priorityByUrgency = Map.copyOf(priorityByUrgency);
    }

    public static AutotaskMappings from(Config config) {
        return from(AutotaskSettings.lookup(config));
    }

    public static AutotaskMappings from(Function<String, String> lookup) {
        List<RequestTypeMapping> types = new ArrayList<>();
        for (String key : list(text(lookup, "psa.autotask.request-types", "incident,query,change-request"))) {
            String prefix = "psa.autotask.request-type." + key + ".";
            types.add(new RequestTypeMapping(key, text(lookup, prefix + "label", key),
                    optionalNumber(lookup, prefix + "queue").orElse(null), optionalNumber(lookup, prefix + "ticket-type").orElse(null),
                    optionalNumber(lookup, prefix + "category").orElse(null), optionalNumber(lookup, prefix + "issue-type").orElse(null),
                    optionalNumber(lookup, prefix + "sub-issue-type").orElse(null),
                    flag(lookup, prefix + "asks-urgency-impact", false),
                    flag(lookup, prefix + "requires-configuration-item", false),
                    flag(lookup, prefix + "requires-due-date", false)));
        }
        Map<Urgency, Long> byUrgency = new LinkedHashMap<>();
        for (Urgency urgency : Urgency.values()) {
            optionalNumber(lookup, "psa.autotask.ticket.priority." + urgency.name().toLowerCase(Locale.ROOT))
                    .ifPresent(value -> byUrgency.put(urgency, value));
        }
        return new AutotaskMappings(types,
                numbers(lookup, "psa.autotask.ticket.status.new", "1"),
                numbers(lookup, "psa.autotask.ticket.status.complete", "5"),
                numbers(lookup, "psa.autotask.ticket.status.waiting-customer", "7"),
                numbers(lookup, "psa.autotask.ticket.status.waiting-approval", "12"),
                number(lookup, "psa.autotask.ticket.status.new-ticket", "1"),
                number(lookup, "psa.autotask.ticket.status.approve", "13"),
                number(lookup, "psa.autotask.ticket.status.reject", "14"),
                number(lookup, "psa.autotask.ticket.status.close", "5"),
                number(lookup, "psa.autotask.ticket.status.reopen", "15"),
                number(lookup, "psa.autotask.ticket.priority.default", "2"),
                number(lookup, "psa.autotask.ticket.priority.emergency", "4"),
                byUrgency,
                number(lookup, "psa.autotask.ticket.source", "-1"),
                number(lookup, "psa.autotask.ticket.note-type", "18"),
                text(lookup, "psa.autotask.ticket.customer-reference-udf", ""),
                flag(lookup, "psa.autotask.impersonate-contact", true),
                (int) number(lookup, "psa.ticket.reopen-days", "14"),
                number(lookup, "psa.autotask.attachment.max-bytes", "6000000"),
                number(lookup, "psa.autotask.attachment.volume-bytes", "10000000"),
                (int) number(lookup, "psa.autotask.attachment.volume-window-seconds", "300"),
                (int) number(lookup, "psa.cache.ttl-seconds", "300"),
                numbers(lookup, "psa.autotask.project.status.complete", "5"),
                numbers(lookup, "psa.autotask.task.status.complete", "5"),
                numbers(lookup, "psa.autotask.contract.status.active", "1"),
                number(lookup, "psa.autotask.recommendation.accept-status", "3"),
                number(lookup, "psa.autotask.recommendation.decline-status", "2"),
                numbers(lookup, "psa.autotask.knowledge-base.publish", ""),
                numbers(lookup, "psa.autotask.knowledge-base.category-ids", ""));
    }

    /** The built-in defaults (as shipped), for plain Java and tests. */
    public static AutotaskMappings builtIn() {
        return from(key -> null);
    }

    public Optional<RequestTypeMapping> requestType(String key) {
        return requestTypes.stream().filter(type -> type.key().equals(key)).findFirst();
    }

    /** The first configured request type a ticket's classification matches, if any. */
    public Optional<RequestTypeMapping> requestTypeOf(Long ticketType, Long category, Long issueType,
            Long subIssueType) {
        return requestTypes.stream().filter(type -> type.matches(ticketType, category, issueType, subIssueType))
                .findFirst();
    }

    /**
     * What a status means to the customer: configured complete values are COMPLETED, waiting-approval values (or a
     * change approval in progress) WAITING_FOR_APPROVAL, waiting-customer ones WAITING_FOR_CUSTOMER, new ones NEW,
     * and every other status IN_PROGRESS.
     */
    public StatusKind kindOf(long status, Long changeApprovalStatus) {
        if (completeStatuses.contains(status)) {
            return StatusKind.COMPLETED;
        }
        if (waitingApprovalStatuses.contains(status)
                || changeApprovalStatus != null && CHANGE_APPROVAL_OPEN.contains(changeApprovalStatus)) {
            return StatusKind.WAITING_FOR_APPROVAL;
        }
        if (waitingCustomerStatuses.contains(status)) {
            return StatusKind.WAITING_FOR_CUSTOMER;
        }
        return newStatuses.contains(status) ? StatusKind.NEW : StatusKind.IN_PROGRESS;
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String text(Function<String, String> lookup, String key, String fallback) {
        String value = lookup.apply(key);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static boolean flag(Function<String, String> lookup, String key, boolean fallback) {
        String value = lookup.apply(key);
        return value == null || value.isBlank() ? fallback : Boolean.parseBoolean(value.trim());
    }

    private static long number(Function<String, String> lookup, String key, String fallback) {
        try {
            return Long.parseLong(text(lookup, key, fallback));
        } catch (NumberFormatException notNumber) {
            throw new IllegalStateException(key + " must be an Autotask picklist value (a number)", notNumber);
        }
    }

    private static Optional<Long> optionalNumber(Function<String, String> lookup, String key) {
        String value = lookup.apply(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(number(lookup, key, value));
    }

    private static Set<Long> numbers(Function<String, String> lookup, String key, String fallback) {
        Set<Long> values = new LinkedHashSet<>();
        for (String item : list(text(lookup, key, fallback))) {
            try {
                values.add(Long.parseLong(item));
            } catch (NumberFormatException notNumber) {
                throw new IllegalStateException(key + " must list Autotask picklist values (numbers)", notNumber);
            }
        }
        return Set.copyOf(values);
    }
}
