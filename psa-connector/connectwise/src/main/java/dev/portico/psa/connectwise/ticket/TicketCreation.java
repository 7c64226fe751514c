package dev.portico.psa.connectwise.ticket;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaRejectedException;
import dev.portico.psa.PsaRejectedException.FieldProblem;
import dev.portico.psa.PsaRejectedException.Keys;
import dev.portico.psa.PsaScope;
import dev.portico.psa.PsaUnavailableException;
import dev.portico.psa.connectwise.Conditions;
import dev.portico.psa.connectwise.ConnectWiseMappings;
import dev.portico.psa.connectwise.CwDates;
import dev.portico.psa.connectwise.CwLookups;
import dev.portico.psa.connectwise.CwLookups.ResolvedRequestType;
import dev.portico.psa.connectwise.CwRecord;
import dev.portico.psa.connectwise.rest.CompanyClient;
import dev.portico.psa.connectwise.rest.CwConfigurationRef;
import dev.portico.psa.connectwise.rest.CwContact;
import dev.portico.psa.connectwise.rest.CwCount;
import dev.portico.psa.connectwise.rest.CwCustomField;
import dev.portico.psa.connectwise.rest.CwListParams;
import dev.portico.psa.connectwise.rest.CwRef;
import dev.portico.psa.connectwise.rest.CwTicket;
import dev.portico.psa.ticket.NewTicket;
import dev.portico.psa.ticket.Ticket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Creates tickets exactly once per idempotency token. The token goes into {@code externalXRef}; before
 * every POST the PSA is asked for a ticket with that token, and after a POST with an unknown outcome
 * (timeout, 5xx) it is asked again, so neither a double click nor a retry after a timeout makes two.
 */
final class TicketCreation {

    private static final Logger LOG = Logger.getLogger(TicketCreation.class.getName());
    private static final String TOKEN = "[A-Za-z0-9][A-Za-z0-9._-]{0," + (NewTicket.MAX_TOKEN_LENGTH - 1) + "}";

    private final TicketAccess access;
    private final Cache<String, Ticket> created = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(24)).maximumSize(10_000).build();
    private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();

    TicketCreation(TicketAccess access) {
        this.access = access;
    }

    Ticket create(PsaScope scope, NewTicket draft) {
        requireToken(draft.idempotencyToken());
        ResolvedRequestType type = validate(scope, draft);
        String key = scope.companyId() + ":" + draft.idempotencyToken();
        Object lock = locks.computeIfAbsent(key, k -> new Object());
        try {
            synchronized (lock) {
                Ticket done = created.getIfPresent(key);
                if (done != null) {
                    return done;
                }
                Optional<Ticket> earlier = find(scope, draft.idempotencyToken());
                if (earlier.isPresent()) {
                    created.put(key, earlier.get());
                    return earlier.get();
                }
                Ticket ticket = post(scope, draft, type);
                created.put(key, ticket);
                return ticket;
            }
        } finally {
            locks.remove(key, lock);
        }
    }

    Optional<Ticket> find(PsaScope scope, String token) {
        requireToken(token);
        String conditions = Conditions.scoped(CwRecord.TICKET, scope).is("externalXRef", token).build();
        List<CwTicket> found = access.cw.read(() -> access.service().tickets(
                CwListParams.where(conditions).fields(TicketAccess.LIST_FIELDS).orderBy("id asc").page(1, 1)));
        return found.stream().findFirst().map(t -> access.mapper.ticket(t, List.of()));
    }

    private Ticket post(PsaScope scope, NewTicket draft, ResolvedRequestType type) {
        CwTicket body = body(scope, draft, type);
        CwTicket answer;
        try {
            answer = access.cw.write(() -> access.service().createTicket(body));
        } catch (PsaUnavailableException unknownOutcome) {
            Optional<Ticket> madeAnyway = lookupAfterFailure(scope, draft.idempotencyToken());
            if (madeAnyway.isPresent()) {
                return madeAnyway.get();
            }
            throw unknownOutcome;
        }
        long ticketId = answer.id();
        for (Long configurationId : draft.configurationItemIds()) {
            try {
                access.cw.write(() -> access.service().addTicketConfiguration(ticketId,
                        new CwConfigurationRef(configurationId, null)));
            } catch (RuntimeException failure) {
                LOG.log(Level.SEVERE, "Ticket " + ticketId + " was created but configuration " + configurationId
                        + " could not be attached", failure);
            }
        }
        return access.mapper.ticket(answer, List.of());
    }

    private Optional<Ticket> lookupAfterFailure(PsaScope scope, String token) {
        try {
            return find(scope, token);
        } catch (PsaUnavailableException stillDown) {
            return Optional.empty();
        }
    }

    private ResolvedRequestType validate(PsaScope scope, NewTicket draft) {
        ConnectWiseMappings mappings = access.cw.mappings();
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.summary() == null || draft.summary().isBlank()) {
            problems.add(FieldProblem.of("summary", Keys.REQUIRED, "A title is required"));
        } else if (draft.summary().strip().length() > 100) {
            problems.add(FieldProblem.of("summary", Keys.TOO_LONG, "The title may have at most 100 characters"));
        }
        if (draft.poNumber() != null && draft.poNumber().length() > 50) {
            problems.add(FieldProblem.of("poNumber", Keys.TOO_LONG, "The PO number may have at most 50 characters"));
        }
        var mapping = mappings.requestType(draft.requestType());
        if (mapping.isEmpty()) {
            problems.add(FieldProblem.of("requestType", Keys.CHOOSE, "Choose a request type"));
        } else {
            if (mapping.get().requiresConfigurationItem() && draft.configurationItemIds().isEmpty()) {
                problems.add(FieldProblem.of("configurationItems", Keys.REQUIRED, "Choose a configuration item"));
            }
            if (mapping.get().requiresDueDate() && draft.dueAt() == null) {
                problems.add(FieldProblem.of("dueAt", Keys.REQUIRED, "Enter the date the change is required"));
            }
        }
        CwLookups lookups = access.cw.lookups();
        if (lookups.sites(scope.companyId()).stream().noneMatch(s -> s.id() != null && s.id() == draft.siteId())) {
            problems.add(FieldProblem.of("site", Keys.NOT_OWN, "Choose one of your company's sites"));
        }
        if (draft.contactId() != scope.contactId()) {
            if (scope.restrictedToOwnTickets() && !scope.may(Permission.MANAGE_CONTACTS)) {
                problems.add(FieldProblem.of("contact", Keys.ONLY_SELF, "You may only raise tickets for yourself"));
            } else if (!contactOfCompany(scope, draft.contactId())) {
                problems.add(FieldProblem.of("contact", Keys.NOT_OWN, "Choose a contact of your company"));
            }
        }
        if (!draft.configurationItemIds().isEmpty() && !configurationsOfCompany(scope, draft.configurationItemIds())) {
            problems.add(FieldProblem.of("configurationItems", Keys.NOT_OWN, "Choose configuration items of your company"));
        }
        if (!problems.isEmpty()) {
            throw new PsaRejectedException("The ticket is not complete", problems);
        }
        return lookups.resolve(draft.requestType());
    }

    private boolean contactOfCompany(PsaScope scope, long contactId) {
        try {
            CwContact contact = access.cw.read(() -> access.cw.client(CompanyClient.class).contact(contactId, "id,company"));
            return contact != null && contact.companyId() == scope.companyId();
        } catch (dev.portico.psa.PsaNotFoundException gone) {
            return false;
        }
    }

    private boolean configurationsOfCompany(PsaScope scope, List<Long> ids) {
        String conditions = Conditions.scoped(CwRecord.CONFIGURATION, scope).in("id", new HashSet<>(ids)).build();
        CwCount count = access.cw.read(() -> access.cw.client(CompanyClient.class)
                .countConfigurations(CwListParams.where(conditions)));
        return count != null && count.value() == new HashSet<>(ids).size();
    }

    private CwTicket body(PsaScope scope, NewTicket draft, ResolvedRequestType type) {
        ConnectWiseMappings mappings = access.cw.mappings();
        CwLookups lookups = access.cw.lookups();
        long priority = lookups.priorityNamed(mappings.priorityFor(draft.urgency(), draft.impact(), draft.emergency())).id();
        CwRef source = lookups.portalSource().map(s -> CwRef.of(s.id())).orElse(null);
        boolean asks = type.mapping().asksUrgencyAndImpact();
        String impact = asks && draft.impact() != null ? mappings.impacts().get(draft.impact()) : null;
        String severity = asks && draft.urgency() != null ? mappings.severities().get(draft.urgency()) : null;
        String description = draft.description() == null ? "" : draft.description().strip();
        List<CwCustomField> customFields = null;
        String reference = draft.customerReference() == null ? "" : draft.customerReference().strip();
        if (!reference.isEmpty()) {
            if (mappings.customerReferenceFieldId().isPresent()) {
                customFields = List.of(new CwCustomField(mappings.customerReferenceFieldId().getAsLong(), null, reference));
            } else {
                description = description + (description.isEmpty() ? "" : "\n\n") + "Customer reference: " + reference;
            }
        }
        return CwTicket.create(draft.summary().strip(), CwRef.of(type.boardId()), CwRef.of(scope.companyId()),
                CwRef.of(draft.siteId()), CwRef.of(draft.contactId()), CwRef.of(type.typeId()),
                CwRef.ofNullable(type.subTypeId()), CwRef.ofNullable(type.itemId()), CwRef.of(priority), source,
                CwDates.format(draft.dueAt()), severity, impact, draft.idempotencyToken(),
                blankToNull(draft.poNumber()), description.isEmpty() ? null : description, customFields);
    }

    private static void requireToken(String token) {
        if (token == null || !token.matches(TOKEN)) {
            throw new IllegalArgumentException("An idempotency token is 1-" + NewTicket.MAX_TOKEN_LENGTH
                    + " letters, digits, '.', '_' or '-'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
