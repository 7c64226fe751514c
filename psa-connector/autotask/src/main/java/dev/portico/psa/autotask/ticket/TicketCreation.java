package dev.portico.psa.autotask.ticket;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaRejectedException;
import dev.portico.psa.PsaRejectedException.FieldProblem;
import dev.portico.psa.PsaRejectedException.Keys;
import dev.portico.psa.PsaScope;
import dev.portico.psa.PsaUnavailableException;
import dev.portico.psa.autotask.AtJson;
import dev.portico.psa.autotask.AtScoping;
import dev.portico.psa.autotask.AutotaskConnection;
import dev.portico.psa.autotask.AutotaskMappings;
import dev.portico.psa.autotask.AutotaskMappings.RequestTypeMapping;
import dev.portico.psa.autotask.query.AtEntity;
import dev.portico.psa.autotask.query.AtQuery;
import dev.portico.psa.ticket.NewTicket;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Creates tickets at most once. The form's idempotency token is sent as {@code externalID} (at most 50
 * characters). Before the POST the connector looks for a ticket with that token; after a POST whose outcome is
 * unknown (timeout, 5xx without errors) it looks again and returns the ticket if Autotask made it. A create is never
 * retried blindly. A per-token lock and a day's cache make a double click return the same ticket.
 */
final class TicketCreation {

    private static final Logger LOG = Logger.getLogger(TicketCreation.class.getName());

    static final int TITLE_MAX = 255;
    static final int DESCRIPTION_MAX = 8000;
    static final int PO_MAX = 50;

    private final AutotaskConnection at;
    private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();
    private final Cache<String, Long> created = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofHours(24)).build();

    TicketCreation(AutotaskConnection at) {
        this.at = at;
    }

    /** The id of the ticket made with {@code token}: from the cache, or through {@code externalID} in scope. */
    OptionalLong findId(PsaScope scope, String token) {
        Long known = created.getIfPresent(key(scope, token));
        if (known != null) {
            return OptionalLong.of(known);
        }
        List<JsonObject> found = at.query(new AtQuery(AtScoping.companies(AtEntity.TICKETS, scope)
                .eq("externalID", token), 1, List.of("id")), true).items();
        return found.isEmpty() ? OptionalLong.empty() : OptionalLong.of(AtJson.number(found.get(0), "id", 0));
    }

    /** Creates the ticket, or finds the one an earlier attempt with the same token made. */
    long create(PsaScope scope, NewTicket ticket) {
        RequestTypeMapping type = validate(scope, ticket);
        String key = key(scope, ticket.idempotencyToken());
        Object lock = locks.computeIfAbsent(key, k -> new Object());
        try {
            synchronized (lock) {
                OptionalLong existing = findId(scope, ticket.idempotencyToken());
                if (existing.isPresent()) {
                    created.put(key, existing.getAsLong());
                    return existing.getAsLong();
                }
                long id;
                try {
                    id = at.create(AtEntity.TICKETS, body(scope, ticket, type));
                } catch (PsaRejectedException refused) {
                    throw refused;
                } catch (PsaUnavailableException unknownOutcome) {
                    LOG.log(Level.WARNING, "Ticket create had an unknown outcome; looking it up by externalID", unknownOutcome);
                    OptionalLong made = findAfterFailure(scope, ticket.idempotencyToken());
                    if (made.isEmpty()) {
                        throw unknownOutcome;
                    }
                    id = made.getAsLong();
                }
                created.put(key, id);
                return id;
            }
        } finally {
            locks.remove(key, lock);
        }
    }

    private OptionalLong findAfterFailure(PsaScope scope, String token) {
        try {
            return findId(scope, token);
        } catch (PsaUnavailableException stillDown) {
            return OptionalLong.empty();
        }
    }

    /** Checks the form before any write: title, request type, lengths, and that site, contact and CIs are the company's. */
    RequestTypeMapping validate(PsaScope scope, NewTicket ticket) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<RequestTypeMapping> type = at.mappings().requestType(ticket.requestType());
        if (type.isEmpty()) {
            problems.add(new FieldProblem("requestType", Keys.CHOOSE, "Choose a request type.", true));
        }
        if (ticket.summary() == null || ticket.summary().isBlank()) {
            problems.add(new FieldProblem("summary", Keys.REQUIRED, "Enter a summary.", true));
        } else if (ticket.summary().length() > TITLE_MAX) {
            problems.add(new FieldProblem("summary", Keys.TOO_LONG, "At most " + TITLE_MAX + " characters.", true));
        }
        if (ticket.description() != null && ticket.description().length() + reference(ticket).length() > DESCRIPTION_MAX) {
            problems.add(new FieldProblem("description", Keys.TOO_LONG, "At most " + DESCRIPTION_MAX + " characters.",
                    true));
        }
        if (ticket.poNumber() != null && ticket.poNumber().length() > PO_MAX) {
            problems.add(new FieldProblem("poNumber", Keys.TOO_LONG, "At most " + PO_MAX + " characters.", true));
        }
        type.ifPresent(t -> {
            if (t.requiresConfigurationItem() && ticket.configurationItemIds().isEmpty()) {
                problems.add(new FieldProblem("configurationItems", Keys.REQUIRED, "Choose a device.", true));
            }
            if (t.requiresDueDate() && ticket.dueAt() == null) {
                problems.add(new FieldProblem("dueAt", Keys.REQUIRED, "Enter a due date.", true));
            }
        });
        if (ticket.configurationItemIds().size() > 1) {
            problems.add(new FieldProblem("configurationItems", Keys.LIST_FULL,
                    "Autotask tickets carry one device; choose one.", true));
        }
        if (!problems.isEmpty()) {
            throw new PsaRejectedException("The ticket form is incomplete", problems);
        }
        if (ticket.contactId() > 0 && ticket.contactId() != scope.contactId()
                && !owned(scope, AtEntity.CONTACTS, ticket.contactId())) {
            problems.add(new FieldProblem("contact", Keys.NOT_OWN, "Choose a contact of your company.", true));
        }
        if (ticket.siteId() > 0 && !owned(scope, AtEntity.COMPANY_LOCATIONS, ticket.siteId())) {
            problems.add(new FieldProblem("site", Keys.NOT_OWN, "Choose a site of your company.", true));
        }
        for (Long ci : ticket.configurationItemIds()) {
            if (!owned(scope, AtEntity.CONFIGURATION_ITEMS, ci)) {
                problems.add(new FieldProblem("configurationItems", Keys.NOT_OWN, "Choose a device of your company.",
                        true));
            }
        }
        if (!problems.isEmpty()) {
            throw new PsaRejectedException("The ticket refers to records outside the company", problems);
        }
        return type.orElseThrow();
    }

    private boolean owned(PsaScope scope, AtEntity entity, long id) {
        try {
            JsonObject item = at.item(entity, id);
            Long company = AtJson.number(item, "companyID");
            return company != null && scope.coversCompany(company);
        } catch (PsaNotFoundException missing) {
            return false;
        }
    }

    JsonObject body(PsaScope scope, NewTicket ticket, RequestTypeMapping type) {
        AutotaskMappings mappings = at.mappings();
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("companyID", scope.companyId())
                .add("contactID", ticket.contactId() > 0 ? ticket.contactId() : scope.contactId())
                .add("title", ticket.summary().trim())
                .add("description", (ticket.description() == null ? "" : ticket.description()) + reference(ticket))
                .add("status", mappings.statusNew())
                .add("priority", priority(ticket, type, mappings))
                .add("source", mappings.source())
                .add("externalID", ticket.idempotencyToken());
        if (type.queue() != null) {
            body.add("queueID", type.queue());
        }
        if (type.ticketType() != null) {
            body.add("ticketType", type.ticketType());
        }
        if (type.category() != null) {
            body.add("ticketCategory", type.category());
        }
        if (type.issueType() != null) {
            body.add("issueType", type.issueType());
        }
        if (type.subIssueType() != null) {
            body.add("subIssueType", type.subIssueType());
        }
        if (ticket.siteId() > 0) {
            body.add("companyLocationID", ticket.siteId());
        }
        if (!ticket.configurationItemIds().isEmpty()) {
            body.add("configurationItemID", ticket.configurationItemIds().get(0));
        }
        if (ticket.dueAt() != null) {
            body.add("dueDateTime", ticket.dueAt().truncatedTo(ChronoUnit.SECONDS).toString());
        }
        if (ticket.poNumber() != null && !ticket.poNumber().isBlank()) {
            body.add("purchaseOrderNumber", ticket.poNumber().trim());
        }
        if (mappings.impersonateContact()) {
            body.add("createdByContactID", scope.contactId());
        }
        String udf = mappings.customerReferenceUdf();
        if (!udf.isBlank() && ticket.customerReference() != null && !ticket.customerReference().isBlank()) {
            body.add("userDefinedFields", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("name", udf).add("value", ticket.customerReference().trim())));
        }
        return body.build();
    }

    /** Without a configured UDF, the customer reference is appended to the description. */
    private String reference(NewTicket ticket) {
        boolean inUdf = !at.mappings().customerReferenceUdf().isBlank();
        return inUdf || ticket.customerReference() == null || ticket.customerReference().isBlank() ? ""
                : "\n\nCustomer reference: " + ticket.customerReference().trim();
    }

    /** Emergency, else the urgency's configured priority, else the default. */
    static long priority(NewTicket ticket, RequestTypeMapping type, AutotaskMappings mappings) {
        if (ticket.emergency()) {
            return mappings.priorityEmergency();
        }
        if (ticket.urgency() != null && mappings.priorityByUrgency().containsKey(ticket.urgency())) {
            return mappings.priorityByUrgency().get(ticket.urgency());
        }
        return mappings.priorityDefault();
    }

    private static String key(PsaScope scope, String token) {
        return scope.companyId() + "/" + token;
    }
}
