package dev.portico.psa.connectwise.ticket;

import dev.portico.psa.Download;
import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaNotPermittedException;
import dev.portico.psa.PsaRejectedException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.Ref;
import dev.portico.psa.Sort;
import dev.portico.psa.connectwise.Conditions;
import dev.portico.psa.connectwise.ConnectWiseConnection;
import dev.portico.psa.connectwise.CwRecord;
import dev.portico.psa.connectwise.rest.CompanyClient;
import dev.portico.psa.connectwise.rest.CwConfiguration;
import dev.portico.psa.connectwise.rest.CwConfigurationRef;
import dev.portico.psa.connectwise.rest.CwListParams;
import dev.portico.psa.connectwise.rest.CwPatchOperation;
import dev.portico.psa.connectwise.rest.CwServiceNote;
import dev.portico.psa.connectwise.rest.CwTicket;
import dev.portico.psa.ticket.Attachment;
import dev.portico.psa.ticket.NewAttachment;
import dev.portico.psa.ticket.NewTicket;
import dev.portico.psa.ticket.NewTicketNote;
import dev.portico.psa.ticket.RequestTypeCount;
import dev.portico.psa.ticket.StatusKind;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketAction;
import dev.portico.psa.ticket.TicketGateway;
import dev.portico.psa.ticket.TicketMonth;
import dev.portico.psa.ticket.TicketNote;
import dev.portico.psa.ticket.TicketQuery;
import dev.portico.psa.ticket.TicketSortField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Tickets in ConnectWise. Lists fetch the page and its count in parallel; reads by id check the company
 * (and the contact for users who see only their own tickets) and answer "not found" otherwise.
 */
@ApplicationScoped
public class ConnectWiseTicketGateway implements TicketGateway {

    /** The description is the oldest customer-visible note; a few notes suffice to skip internal-flagged ones. */
    private static final int DESCRIPTION_PAGE = 10;

    private TicketAccess access;
    private TicketCreation creation;
    private TicketFiles files;
    private TicketCharts charts;

    protected ConnectWiseTicketGateway() {
    }

    @Inject
    public ConnectWiseTicketGateway(ConnectWiseConnection cw) {
        this.access = new TicketAccess(cw);
        this.creation = new TicketCreation(access);
        this.files = new TicketFiles(access);
        this.charts = new TicketCharts(access);
    }

    @Override
    public Page<Ticket> search(PsaScope scope, TicketQuery query, PageRequest page, Sort<TicketSortField> sort) {
        TicketConditions.Built built = access.conditions.build(scope, query);
        if (built.matchesNothing()) {
            return Page.empty();
        }
        String conditions = built.conditions();
        CwListParams params = CwListParams.where(conditions).childConditions(built.childConditions())
                .fields(TicketAccess.LIST_FIELDS).orderBy(TicketConditions.orderBy(sort))
                .page(page.page() + 1, page.size());
        CompletableFuture<List<CwTicket>> items = access.cw.readAsync(() -> access.service().tickets(params));
        CompletableFuture<Long> total = access.cw.readAsync(() -> access.service().countTickets(params.forCount()).value());
        List<Ticket> tickets = ConnectWiseConnection.join(items).stream()
                .filter(t -> TicketAccess.owns(scope, t))
                .map(t -> access.mapper.ticket(t, List.of()))
                .toList();
        long count = ConnectWiseConnection.join(total);
        return new Page<>(tickets, Math.max(count, (long) page.page() * page.size() + tickets.size()));
    }

    @Override
    public long count(PsaScope scope, TicketQuery query) {
        TicketConditions.Built built = access.conditions.build(scope, query);
        if (built.matchesNothing()) {
            return 0;
        }
        return access.cw.read(() -> access.service().countTickets(
                CwListParams.where(built.conditions()).childConditions(built.childConditions()))).value();
    }

    @Override
    public Ticket get(PsaScope scope, long ticketId) {
        CompletableFuture<CwTicket> ticket = access.ownedAsync(scope, ticketId, TicketAccess.DETAIL_FIELDS);
        CompletableFuture<List<CwConfigurationRef>> configurations = access.cw.readAsync(() -> access.service()
                .ticketConfigurations(ticketId, CwListParams.where(null).fields("id,deviceIdentifier")
                .page(1, access.cw.settings().maxPageSize())));
        CompletableFuture<List<CwServiceNote>> notes = files.notesAsync(ticketId, DESCRIPTION_PAGE);
        CwTicket found = ConnectWiseConnection.join(ticket);
        String description = TicketFiles.visibleNotes(ticketId, ConnectWiseConnection.join(notes)).stream()
                .filter(TicketNote::description).map(TicketNote::text).findFirst().orElse("");
        return access.mapper.ticket(found, configurationNames(scope, ConnectWiseConnection.join(configurations)))
                .withDescription(description);
    }

    /** ConnectWise's ticket-configuration list has no names; ask for them (scoped) only when identifiers are blank. */
    private List<Ref> configurationNames(PsaScope scope, List<CwConfigurationRef> refs) {
        if (refs.stream().allMatch(r -> r.deviceIdentifier() != null && !r.deviceIdentifier().isBlank())) {
            return refs.stream().map(r -> new Ref(r.id(), r.deviceIdentifier())).toList();
        }
        Set<Long> ids = refs.stream().map(CwConfigurationRef::id).collect(Collectors.toCollection(HashSet::new));
        String conditions = Conditions.scoped(CwRecord.CONFIGURATION, scope).in("id", ids).build();
        Map<Long, String> names = access.cw.read(() -> access.cw.client(CompanyClient.class).configurations(
                        CwListParams.where(conditions).fields("id,name").page(1, ids.size()))).stream()
                .collect(Collectors.toMap(CwConfiguration::id, CwConfiguration::name, (a, b) -> a));
        return refs.stream().filter(r -> names.containsKey(r.id())).map(r -> new Ref(r.id(), names.get(r.id()))).toList();
    }

    @Override
    public Ticket create(PsaScope scope, NewTicket ticket) {
        if (!scope.may(Permission.CREATE_TICKETS)) {
            throw new PsaNotPermittedException(Permission.CREATE_TICKETS);
        }
        return creation.create(scope, ticket);
    }

    @Override
    public Optional<Ticket> findByIdempotencyToken(PsaScope scope, String idempotencyToken) {
        return creation.find(scope, idempotencyToken);
    }

    @Override
    public Ticket changeStatus(PsaScope scope, long ticketId, TicketAction action, String comment) {
        if ((action == TicketAction.APPROVE || action == TicketAction.REJECT) && !scope.may(Permission.APPROVE_TICKETS)) {
            throw new PsaNotPermittedException(Permission.APPROVE_TICKETS);
        }
        CwTicket current = access.owned(scope, ticketId, TicketAccess.OWNER_FIELDS);
        Ticket view = access.mapper.ticket(current, List.of());
        if (!allows(scope, view, action)) {
            throw new PsaRejectedException("This ticket cannot be changed that way now", List.of());
        }
        String statusName = access.cw.mappings().actionStatuses().get(action);
        long statusId = access.cw.lookups().statusNamed(current.board().idOrZero(), statusName).id();
        if (comment != null && !comment.isBlank()) {
            access.cw.write(() -> access.service().addNote(ticketId,
                    CwServiceNote.fromContact(comment.strip(), scope.contactId(), false, true)));
        }
        CwTicket changed = access.cw.write(() -> access.cw.raw().patch("/service/tickets/" + ticketId, List.of(
                CwPatchOperation.replace("status", Map.of("id", statusId)),
                CwPatchOperation.replace("customerUpdatedFlag", true)), CwTicket.class));
        return access.mapper.ticket(changed == null ? current : changed, List.of());
    }

    @Override
    public boolean allows(PsaScope scope, Ticket ticket, TicketAction action) {
        return switch (action) {
            case APPROVE, REJECT -> scope.may(Permission.APPROVE_TICKETS) && ticket.status() != null
                    && ticket.status().kind() == StatusKind.WAITING_FOR_APPROVAL && !ticket.closed();
            case CLOSE -> !ticket.closed();
            case REOPEN -> ticket.closed() && (ticket.closedAt() == null || ticket.closedAt()
                    .plus(Duration.ofDays(access.cw.mappings().reopenDays())).isAfter(Instant.now()));
        };
    }

    @Override
    public List<TicketNote> notes(PsaScope scope, long ticketId) {
        return files.notes(scope, ticketId);
    }

    @Override
    public TicketNote addNote(PsaScope scope, long ticketId, NewTicketNote note) {
        return files.addNote(scope, ticketId, note);
    }

    @Override
    public List<Attachment> attachments(PsaScope scope, long ticketId) {
        return files.attachments(scope, ticketId);
    }

    @Override
    public Attachment attach(PsaScope scope, long ticketId, NewAttachment file) {
        return files.attach(scope, ticketId, file);
    }

    @Override
    public Download download(PsaScope scope, long ticketId, long attachmentId) {
        return files.download(scope, ticketId, attachmentId);
    }

    @Override
    public List<TicketMonth> createdAndCompletedByMonth(PsaScope scope, TicketQuery filter, YearMonth lastMonth,
            int months) {
        return charts.byMonth(scope, filter, lastMonth, months);
    }

    @Override
    public List<RequestTypeCount> openByRequestType(PsaScope scope, TicketQuery filter) {
        return charts.openByRequestType(scope, filter);
    }
}
