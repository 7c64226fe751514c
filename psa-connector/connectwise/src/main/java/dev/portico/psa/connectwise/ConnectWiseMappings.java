package dev.portico.psa.connectwise;

import dev.portico.psa.contact.EmailSlot;
import dev.portico.psa.contact.PhoneSlot;
import dev.portico.psa.ticket.Impact;
import dev.portico.psa.ticket.StatusKind;
import dev.portico.psa.ticket.TicketAction;
import dev.portico.psa.ticket.Urgency;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * How the portal's vocabulary maps onto this ConnectWise: request types onto boards and types, customer
 * actions onto status names, urgency and impact onto priorities, recommendation statuses, limits and
 * cache lifetimes. Names, not ids, so one configuration fits the sandbox and a real PSA.
 *
 * <p>Keys that only make sense for ConnectWise live under {@value #PREFIX}; the neutral {@code psa.*} keys
 * (reopen period, recommendations, knowledge base, contacts, cache) are shared with other adapters.
 */
public record ConnectWiseMappings(
        List<RequestTypeMapping> requestTypes,
        String ticketSource,
        Map<TicketAction, String> actionStatuses,
        Set<String> waitingApprovalStatuses,
        Set<String> waitingCustomerStatuses,
        Set<String> newStatuses,
        int reopenDays,
        OptionalLong customerReferenceFieldId,
        String defaultPriority,
        String emergencyPriority,
        Map<String, String> priorityMatrix,
        Map<Impact, String> impacts,
        Map<Urgency, String> severities,
        Set<String> visibleRecommendationStatuses,
        String acceptRecommendationStatus,
        String declineRecommendationStatus,
        boolean knowledgeBaseEnabled,
        Set<Long> knowledgeBaseCategories,
        Map<EmailSlot, String> emailTypes,
        Map<PhoneSlot, String> phoneTypes,
        long attachmentMaxBytes,
        Duration referenceTtl,
        int concurrentCallsPerEndpoint) {

    /** The prefix of the ConnectWise-only keys. */
    public static final String PREFIX = "psa.connectwise.";
    public static final String REQUEST_TYPES = PREFIX + "request-types";
    public static final String REQUEST_TYPE = PREFIX + "request-type.";
    public static final String TICKET = PREFIX + "ticket.";
    public static final String ATTACHMENT_MAX_BYTES = PREFIX + "attachment.max-bytes";
    public static final String CONCURRENT_CALLS = PREFIX + "concurrent-calls-per-endpoint";

    /** One configured request type and where its tickets go. Subtype and item are optional. */
    public record RequestTypeMapping(
            String key, String label, String board, String type, String subtype, String item,
            boolean asksUrgencyAndImpact, boolean requiresConfigurationItem, boolean requiresDueDate) {
    }

    public static ConnectWiseMappings from(Config config) {
        return from(key -> config.getOptionalValue(key, String.class));
    }

    /** Reads the mappings through {@code lookup}; the connector's built-in defaults fill what it lacks. */
    public static ConnectWiseMappings from(Function<String, Optional<String>> lookup) {
        Properties defaults = builtInDefaults();
        Function<String, Optional<String>> withDefaults = key -> lookup.apply(key)
                .filter(v -> !v.isBlank())
                .or(() -> Optional.ofNullable(defaults.getProperty(key)).filter(v -> !v.isBlank()));
        Reader r = new Reader(withDefaults);
        List<RequestTypeMapping> types = new ArrayList<>();
        for (String key : r.list(REQUEST_TYPES)) {
            String prefix = REQUEST_TYPE + key + ".";
            types.add(new RequestTypeMapping(key, r.text(prefix + "label").orElse(key), r.required(prefix + "board"),
                    r.required(prefix + "type"), r.text(prefix + "subtype").orElse(null),
                    r.text(prefix + "item").orElse(null), r.flag(prefix + "asks-urgency-impact"),
                    r.flag(prefix + "requires-configuration-item"), r.flag(prefix + "requires-due-date")));
        }
        Map<TicketAction, String> actions = new EnumMap<>(TicketAction.class);
        for (TicketAction action : TicketAction.values()) {
            actions.put(action, r.required(TICKET + "status." + action.name().toLowerCase(Locale.ROOT)));
        }
        Map<String, String> matrix = new java.util.HashMap<>();
        for (Urgency urgency : Urgency.values()) {
            for (Impact impact : Impact.values()) {
                String key = matrixKey(urgency, impact);
                r.text(TICKET + "priority." + key).ifPresent(name -> matrix.put(key, name));
            }
        }
        Map<Impact, String> impacts = new EnumMap<>(Impact.class);
        for (Impact impact : Impact.values()) {
            r.text(TICKET + "impact." + kebab(impact)).ifPresent(v -> impacts.put(impact, v));
        }
        Map<Urgency, String> severities = new EnumMap<>(Urgency.class);
        for (Urgency urgency : Urgency.values()) {
            r.text(TICKET + "severity." + kebab(urgency)).ifPresent(v -> severities.put(urgency, v));
        }
        return new ConnectWiseMappings(
                List.copyOf(types),
                r.text(TICKET + "source").orElse(null),
                Map.copyOf(actions),
                Set.copyOf(r.list(TICKET + "status.waiting-approval")),
                Set.copyOf(r.list(TICKET + "status.waiting-customer")),
                Set.copyOf(r.list(TICKET + "status.new")),
                Integer.parseInt(r.required("psa.ticket.reopen-days")),
                r.text(TICKET + "customer-reference-field-id").map(v -> OptionalLong.of(Long.parseLong(v)))
                        .orElse(OptionalLong.empty()),
                r.required(TICKET + "priority.default"),
                r.text(TICKET + "priority.emergency").orElse(null),
                Map.copyOf(matrix),
                Map.copyOf(impacts),
                Map.copyOf(severities),
                Set.copyOf(r.list("psa.recommendation.visible-statuses")),
                r.required("psa.recommendation.accept-status"),
                r.required("psa.recommendation.decline-status"),
                r.flag("psa.knowledge-base.enabled"),
                r.list("psa.knowledge-base.category-ids").stream().map(Long::valueOf).collect(Collectors.toUnmodifiableSet()),
                slotNames(r, "psa.connectwise.contact.email-type.", EmailSlot.class),
                slotNames(r, "psa.connectwise.contact.phone-type.", PhoneSlot.class),
                Long.parseLong(r.required(ATTACHMENT_MAX_BYTES)),
                Duration.ofSeconds(Long.parseLong(r.required("psa.cache.ttl-seconds"))),
                Integer.parseInt(r.text(CONCURRENT_CALLS).orElse("10")));
    }

    /** The communication type name of every slot: {@code <prefix><slot in kebab case>}. */
    private static <S extends Enum<S>> Map<S, String> slotNames(Reader r, String prefix, Class<S> slots) {
        Map<S, String> names = new EnumMap<>(slots);
        for (S slot : slots.getEnumConstants()) {
            names.put(slot, r.required(prefix + kebab(slot)));
        }
        return Map.copyOf(names);
    }

    /** The defaults shipped in this connector's {@code META-INF/microprofile-config.properties}. */
    public static ConnectWiseMappings builtIn() {
        return from(key -> Optional.empty());
    }

    /** What a status of this name means to the customer; {@code closedStatus} is the board status's flag. */
    public StatusKind statusKind(String name, boolean closedStatus) {
        if (closedStatus) {
            return StatusKind.COMPLETED;
        }
        if (named(waitingApprovalStatuses, name)) {
            return StatusKind.WAITING_FOR_APPROVAL;
        }
        if (named(waitingCustomerStatuses, name)) {
            return StatusKind.WAITING_FOR_CUSTOMER;
        }
        return named(newStatuses, name) ? StatusKind.NEW
                : StatusKind.IN_PROGRESS;
    }

    private static boolean named(Set<String> names, String name) {
        return name != null && names.stream().anyMatch(n -> n.equalsIgnoreCase(name.strip()));
    }

    public Optional<RequestTypeMapping> requestType(String key) {
        return requestTypes.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** The priority name for this urgency and impact, the emergency one when flagged, else the default. */
    public String priorityFor(Urgency urgency, Impact impact, boolean emergency) {
        if (emergency && emergencyPriority != null) {
            return emergencyPriority;
        }
        if (urgency == null || impact == null) {
            return defaultPriority;
        }
        return priorityMatrix.getOrDefault(matrixKey(urgency, impact), defaultPriority);
    }

    static String matrixKey(Urgency urgency, Impact impact) {
        return kebab(urgency) + "." + kebab(impact);
    }

    private static String kebab(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Properties builtInDefaults() {
        Properties merged = new Properties();
        try {
            Enumeration<URL> files = ConnectWiseMappings.class.getClassLoader()
                    .getResources("META-INF/microprofile-config.properties");
            while (files.hasMoreElements()) {
                Properties file = new Properties();
                try (InputStream in = files.nextElement().openStream()) {
                    file.load(in);
                }
                if (file.containsKey(REQUEST_TYPES)) {
                    merged.putAll(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return merged;
    }

    private record Reader(Function<String, Optional<String>> lookup) {

        Optional<String> text(String key) {
            return lookup.apply(key).map(String::trim);
        }

        String required(String key) {
            return text(key).orElseThrow(() -> new IllegalStateException("Missing configuration " + key));
        }

        boolean flag(String key) {
            return text(key).map(Boolean::parseBoolean).orElse(false);
        }

        List<String> list(String key) {
            return text(key).map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                    .orElse(List.of());
        }
    }
}
