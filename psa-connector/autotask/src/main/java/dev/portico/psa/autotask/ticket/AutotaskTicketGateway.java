package dev.portico.psa.autotask.ticket;

import dev.portico.psa.Download;
import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaRejectedException;
import dev.portico.psa.PsaRejectedException.FieldProblem;
import dev.portico.psa.PsaRejectedException.Keys;
import dev.portico.psa.PsaScope;
import dev.portico.psa.Sort;
import dev.portico.psa.autotask.AtJson;
import dev.portico.psa.autotask.AtScoping;
import dev.portico.psa.autotask.AutotaskConnection;
import dev.portico.psa.autotask.AutotaskMappings;
import dev.portico.psa.autotask.AutotaskMappings.RequestTypeMapping;
import dev.portico.psa.autotask.query.AtEntity;
import dev.portico.psa.autotask.query.AtFilter;
import dev.portico.psa.autotask.query.AtOp;
import dev.portico.psa.autotask.query.AtQuery;
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
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Autotask tickets behind the neutral {@link TicketGateway}. Every list starts with the scope's conditions
 * ({@link AtScoping#tickets}); every read by id, and every child list (notes, attachments), checks the ticket
 * against the scope first. Autotask cannot sort on the server and pages only forward (see
 * {@link AutotaskConnection#page}); the {@code sort} argument is therefore not sent.
 */
@ApplicationScoped
public class AutotaskTicketGateway implements TicketGateway {

    /** Pages of 500 the dashboard charts read at most per chart. */
    static final int CHART_MAX_PAGES = 10;
    static final int NOTE_TEXT_MAX = 32000;
    static final int NOTE_TITLE_MAX = 250;

    @Inject
    AutotaskConnection at;

    private volatile TicketMapper mapper;
    private volatile TicketCreation creation;
    private volatile AttachmentVolume volume;
    private Clock clock = Clock.systemUTC();

    /** For CDI. */
    protected AutotaskTicketGateway() {
    }

    /** For plain Java and tests. */
    public AutotaskTicketGateway(AutotaskConnection at) {
        this.at = at;
    }

    /** For tests of the reopen period and the attachment volume. */
    public AutotaskTicketGateway(AutotaskConnection at, Clock clock) {
        this.at = at;
        this.clock = clock;
    }

    private TicketMapper mapper() {
        if (mapper == null) {
            mapper = new TicketMapper(at);
        }
        return mapper;
    }

    private TicketCreation creation() {
        if (creation == null) {
            synchronized (this) {
                if (creation == null) {
                    creation = new TicketCreation(at);
                }
            }
        }
        return creation;
    }

    private AttachmentVolume volume() {
        if (volume == null) {
            synchronized (this) {
                if (volume == null) {
                    AutotaskMappings m = at.mappings();
                    volume = new AttachmentVolume(m.attachmentVolumeBytes(),
                            Duration.ofSeconds(m.attachmentVolumeWindowSeconds()), clock);
                }
            }
        }
        return volume;
    }

    @Override
    public Page<Ticket> search(PsaScope scope, TicketQuery query, PageRequest page, Sort<TicketSortField> sort) {
        Optional<AtFilter> filter = TicketFilters.of(scope, query, at.mappings());
        if (filter.isEmpty()) {
            return Page.empty();
        }
        AtQuery atQuery = new AtQuery(filter.get(), Math.min(page.size(), AtQuery.MAX_RECORDS), TicketMapper.LIST_FIELDS);
        CompletableFuture<Long> total = at.readAsync(() -> at.count(filter.get(), true));
        List<JsonObject> items = at.page(atQuery, page, true);
        Map<Long, String> contacts = contactNames(scope, items, "contactID");
        List<Ticket> tickets = items.stream().map(item -> mapper().ticket(item, new TicketMapper.Names(
                contacts.getOrDefault(AtJson.number(item, "contactID"), ""), null, null, "", null))).toList();
        long count = AutotaskConnection.join(total);
        return new Page<>(tickets, Math.max(count, (long) page.page() * page.size() + tickets.size()));
    }

    @Override
    public long count(PsaScope scope, TicketQuery query) {
        Optional<AtFilter> filter = TicketFilters.of(scope, query, at.mappings());
        return filter.isEmpty() ? 0 : at.count(filter.get(), true);
    }

    @Override
    public Ticket get(PsaScope scope, long ticketId) {
        JsonObject ticket = owned(scope, ticketId);
        Long contactId = AtJson.number(ticket, "contactID");
        Long siteId = AtJson.number(ticket, "companyLocationID");
        Long ciId = AtJson.number(ticket, "configurationItemID");
        CompletableFuture<Optional<JsonObject>> contact = at.readAsync(() -> optional(AtEntity.CONTACTS, contactId));
        CompletableFuture<Optional<JsonObject>> site = at.readAsync(() -> optional(AtEntity.COMPANY_LOCATIONS, siteId));
        CompletableFuture<Optional<JsonObject>> ci = at.readAsync(() -> optional(AtEntity.CONFIGURATION_ITEMS, ciId));
        Optional<JsonObject> c = AutotaskConnection.join(contact);
        Optional<JsonObject> s = AutotaskConnection.join(site);
        Optional<JsonObject> i = AutotaskConnection.join(ci);
        TicketMapper.Names names = new TicketMapper.Names(
                c.map(x -> (AtJson.text(x, "firstName") + " " + AtJson.text(x, "lastName")).trim()).orElse(""),
                c.map(x -> AtJson.text(x, "emailAddress")).filter(t -> !t.isBlank()).orElse(null),
                c.map(x -> AtJson.text(x, "phone")).filter(t -> !t.isBlank()).orElse(null),
                s.map(x -> AtJson.text(x, "name")).orElse(""),
                i.map(x -> AtJson.text(x, "referenceTitle")).orElse(null));
        return mapper().ticket(ticket, names);
    }

    private Optional<JsonObject> optional(AtEntity entity, Long id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(at.item(entity, id));
        } catch (PsaNotFoundException missing) {
            return Optional.empty();
        }
    }

    /** The ticket if the scope covers it; otherwise, like a missing one, not found. */
    JsonObject owned(PsaScope scope, long ticketId) {
        JsonObject ticket = at.item(AtEntity.TICKETS, ticketId);
        if (!AtScoping.coversTicket(scope, ticket)) {
            throw new PsaNotFoundException("Ticket");
        }
        return ticket;
    }

    @Override
    public Ticket create(PsaScope scope, NewTicket ticket) {
        scope.require(Permission.CREATE_TICKETS);
        long id = creation().create(scope, ticket);
        return get(scope, id);
    }

    @Override
    public Optional<Ticket> findByIdempotencyToken(PsaScope scope, String idempotencyToken) {
        if (idempotencyToken == null || idempotencyToken.isBlank() || idempotencyToken.length() > NewTicket.MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        OptionalLong id = creation().findId(scope, idempotencyToken);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(get(scope, id.getAsLong()));
        } catch (PsaNotFoundException outside) {
            return Optional.empty();
        }
    }

    @Override
    public Ticket changeStatus(PsaScope scope, long ticketId, TicketAction action, String comment) {
        if (action == TicketAction.APPROVE || action == TicketAction.REJECT) {
            scope.require(Permission.APPROVE_TICKETS);
        }
        JsonObject raw = owned(scope, ticketId);
        Ticket ticket = mapper().ticket(raw, TicketMapper.Names.NONE);
        if (!allows(scope, ticket, action)) {
            throw new PsaRejectedException("Action not allowed now", List.of(new FieldProblem("status", Keys.INVALID,
                    "This ticket cannot be " + action.name().toLowerCase(java.util.Locale.ROOT) + "d now.", true)));
        }
        AutotaskMappings mappings = at.mappings();
        Long approval = AtJson.number(raw, "changeApprovalStatus");
        boolean changeVote = (action == TicketAction.APPROVE || action == TicketAction.REJECT)
                && approval != null && AutotaskMappings.CHANGE_APPROVAL_OPEN.contains(approval);
        if (changeVote) {
            var vote = Json.createObjectBuilder().add("ticketID", ticketId).add("contactID", scope.contactId())
                    .add("isApproved", action == TicketAction.APPROVE);
            if (comment != null && !comment.isBlank()) {
                vote.add("approveRejectNote", limit(comment.trim(), 4000));
            }
            at.createChild(AtEntity.TICKETS, ticketId, "ChangeRequestApprovals",
                    AtEntity.TICKET_CHANGE_REQUEST_APPROVALS, vote.build());
        } else {
            long status = switch (action) {
                case APPROVE -> mappings.statusApprove();
                case REJECT -> mappings.statusReject();
                case CLOSE -> mappings.statusClose();
                case REOPEN -> mappings.statusReopen();
            };
            at.patch(AtEntity.TICKETS, Json.createObjectBuilder().add("id", ticketId).add("status", status).build());
        }
        if (comment != null && !comment.isBlank()) {
            addNote(scope, ticketId, new NewTicketNote(null, comment, false, true, List.of()));
        }
        return get(scope, ticketId);
    }

    @Override
    public boolean allows(PsaScope scope, Ticket ticket, TicketAction action) {
        StatusKind kind = ticket.status().kind();
        return switch (action) {
            case APPROVE, REJECT -> scope.may(Permission.APPROVE_TICKETS) && kind == StatusKind.WAITING_FOR_APPROVAL;
            case CLOSE -> kind.open();
            case REOPEN -> kind == StatusKind.COMPLETED && (ticket.closedAt() == null
                    || ticket.closedAt().isAfter(clock.instant().minus(Duration.ofDays(at.mappings().reopenDays()))));
        };
    }

    @Override
    public List<TicketNote> notes(PsaScope scope, long ticketId) {
        CompletableFuture<JsonObject> ticket = at.readAsync(() -> owned(scope, ticketId));
        AtQuery query = new AtQuery(AtFilter.on(AtEntity.TICKET_NOTES).eq("ticketID", ticketId)
                .eq("publish", AutotaskMappings.PUBLISH_ALL), AtQuery.MAX_RECORDS, List.of());
        CompletableFuture<List<JsonObject>> notes = at.readAsync(() -> at.all(query, 10, true));
        AutotaskConnection.join(ticket);
        List<JsonObject> visible = AutotaskConnection.join(notes).stream()
                .filter(note -> AtJson.number(note, "publish", 0) == AutotaskMappings.PUBLISH_ALL)
                .filter(note -> AtJson.number(note, "ticketID", 0) == ticketId)
                .sorted(Comparator.comparing((JsonObject note) -> AtJson.instant(note, "createDateTime"),
                        Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(note -> AtJson.number(note, "id", 0)))
                .toList();
        Map<Long, String> contacts = contactNames(scope, visible, "createdByContactID");
        Map<Long, String> resources = resourceNames(visible);
        List<TicketNote> result = new ArrayList<>();
        for (JsonObject note : visible) {
            Long contact = AtJson.number(note, "createdByContactID");
            String title = AtJson.text(note, "title");
            String text = AtJson.text(note, "description");
            result.add(new TicketNote(AtJson.number(note, "id", 0), ticketId,
                    title.isBlank() ? text : title + "\n\n" + text,
                    contact == null ? resources.getOrDefault(AtJson.number(note, "creatorResourceID"), "")
                            : contacts.getOrDefault(contact, ""),
                    contact != null, false, AtJson.instant(note, "createDateTime")));
        }
        return result;
    }

    /** The names of the contacts a list refers to in {@code field} (one call, only the scope's contacts). */
    private Map<Long, String> contactNames(PsaScope scope, List<JsonObject> records, String field) {
        List<Long> ids = ids(records, field);
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            for (JsonObject contact : at.query(new AtQuery(AtScoping.companies(AtEntity.CONTACTS, scope).in("id", ids),
                    AtQuery.MAX_RECORDS, List.of("id", "firstName", "lastName")), true).items()) {
                names.put(AtJson.number(contact, "id", 0),
                        (AtJson.text(contact, "firstName") + " " + AtJson.text(contact, "lastName")).trim());
            }
        }
        return names;
    }

    /** The names of the MSP's resources who wrote notes (one call). */
    private Map<Long, String> resourceNames(List<JsonObject> notes) {
        List<Long> ids = new ArrayList<>();
        for (JsonObject note : notes) {
            Long resource = AtJson.number(note, "creatorResourceID");
            if (resource != null && AtJson.number(note, "createdByContactID") == null && !ids.contains(resource)) {
                ids.add(resource);
            }
        }
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            for (JsonObject resource : at.query(new AtQuery(AtFilter.on(AtEntity.RESOURCES).in("id",
                    ids.subList(0, Math.min(ids.size(), AtQuery.MAX_RECORDS))), AtQuery.MAX_RECORDS,
                    List.of("id", "firstName", "lastName")), true).items()) {
                names.put(AtJson.number(resource, "id", 0),
                        (AtJson.text(resource, "firstName") + " " + AtJson.text(resource, "lastName")).trim());
            }
        }
        return names;
    }

    private static List<Long> ids(List<JsonObject> records, String field) {
        Set<Long> ids = new LinkedHashSet<>();
        for (JsonObject record : records) {
            Long id = AtJson.number(record, field);
            if (id != null) {
                ids.add(id);
            }
        }
        List<Long> list = new ArrayList<>(ids);
        return list.subList(0, Math.min(list.size(), AtQuery.MAX_RECORDS));
    }

    @Override
    public TicketNote addNote(PsaScope scope, long ticketId, NewTicketNote note) {
        owned(scope, ticketId);
        if (note.text() == null || note.text().isBlank()) {
            throw new PsaRejectedException("Empty note", List.of(new FieldProblem("text", Keys.REQUIRED,
                    "Enter a note.", true)));
        }
        if (note.text().length() > NOTE_TEXT_MAX) {
            throw new PsaRejectedException("Note too long", List.of(new FieldProblem("text", Keys.TOO_LONG,
                    "At most " + NOTE_TEXT_MAX + " characters.", true)));
        }
        String title = note.title() == null || note.title().isBlank() ? defaultTitle(note.text()) : note.title().trim();
        JsonObject body = Json.createObjectBuilder()
                .add("ticketID", ticketId)
                .add("title", limit(title, NOTE_TITLE_MAX))
                .add("description", note.text())
                .add("noteType", at.mappings().noteType())
                .add("publish", AutotaskMappings.PUBLISH_ALL)
                .add("createdByContactID", scope.contactId())
                .build();
        long id;
        try {
            id = at.createChild(AtEntity.TICKETS, ticketId, "Notes", AtEntity.TICKET_NOTES, body);
        } catch (PsaRejectedException refused) {
            throw renamed(refused);
        }
        return new TicketNote(id, ticketId, note.text(), "", true, false, clock.instant());
    }

    /** Autotask requires a note title: the first line of the text, shortened. */
    static String defaultTitle(String text) {
        String first = text.strip().lines().findFirst().orElse("Note");
        return limit(first, 80);
    }

    private static PsaRejectedException renamed(PsaRejectedException refused) {
        List<FieldProblem> problems = refused.problems().stream().map(p -> switch (p.field()) {
            case "summary" -> p.withField("title");
            case "description" -> p.withField("text");
            default -> p;
        }).toList();
        return new PsaRejectedException(refused.getMessage(), problems);
    }

    static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    @Override
    public List<Attachment> attachments(PsaScope scope, long ticketId) {
        CompletableFuture<JsonObject> ticket = at.readAsync(() -> owned(scope, ticketId));
        AtQuery query = new AtQuery(AtFilter.on(AtEntity.TICKET_ATTACHMENTS).eq("parentID", ticketId)
                .eq("publish", AutotaskMappings.PUBLISH_ALL), AtQuery.MAX_RECORDS,
                List.of("id", "title", "fullPath", "fileSize", "attachDate", "parentID", "publish", "attachedByContactID"));
        CompletableFuture<List<JsonObject>> files = at.readAsync(() -> at.all(query, 10, true));
        AutotaskConnection.join(ticket);
        return AutotaskConnection.join(files).stream()
                .filter(file -> AtJson.number(file, "publish", 0) == AutotaskMappings.PUBLISH_ALL)
                .map(file -> new Attachment(AtJson.number(file, "id", 0), AtJson.text(file, "title"),
                        AtJson.text(file, "fullPath"), AtJson.number(file, "fileSize", -1),
                        AtJson.instant(file, "attachDate"), ""))
                .toList();
    }

    @Override
    public Attachment attach(PsaScope scope, long ticketId, NewAttachment file) {
        long max = at.mappings().attachmentMaxBytes();
        if (file.size() > max) {
            throw tooLarge(max);
        }
        owned(scope, ticketId);
        byte[] data = read(file, max);
        volume().reserve(data.length);
        String fileName = file.fileName() == null || file.fileName().isBlank() ? "attachment" : file.fileName();
        String title = file.title() == null || file.title().isBlank() ? fileName : file.title();
        JsonObject body = Json.createObjectBuilder()
                .add("attachmentType", "FILE_ATTACHMENT")
                .add("fullPath", limit(fileName, 255))
                .add("title", limit(title, 255))
                .add("publish", AutotaskMappings.PUBLISH_ALL)
                .add("attachedByContactID", scope.contactId())
                .add("data", Base64.getEncoder().encodeToString(data))
                .build();
        long id;
        try {
            id = at.createChild(AtEntity.TICKETS, ticketId, "Attachments", AtEntity.TICKET_ATTACHMENTS, body);
        } catch (PsaRejectedException refused) {
            volume().release(data.length);
            throw refused;
        }
        return new Attachment(id, title, fileName, data.length, clock.instant(), "");
    }

    private static PsaRejectedException tooLarge(long max) {
        return new PsaRejectedException("Attachment too large", List.of(new FieldProblem("file", Keys.TOO_LARGE,
                "At most " + (max / 1_000_000) + " MB.", true)));
    }

    private static byte[] read(NewAttachment file, long max) {
        try (InputStream in = file.content().get()) {
            byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (data.length > max) {
                throw tooLarge(max);
            }
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Download download(PsaScope scope, long ticketId, long attachmentId) {
        owned(scope, ticketId);
        JsonObject file = at.item(AtEntity.TICKET_ATTACHMENTS, attachmentId);
        Long parent = AtJson.number(file, "parentID");
        if (parent == null || parent != ticketId || AtJson.number(file, "publish", 0) != AutotaskMappings.PUBLISH_ALL) {
            throw new PsaNotFoundException("Attachment");
        }
        byte[] data = Base64.getMimeDecoder().decode(AtJson.text(file, "data"));
        String name = AtJson.text(file, "fullPath");
        String type = AtJson.text(file, "contentType");
        return new Download(name.isBlank() ? "attachment" : name, type.isBlank() ? "application/octet-stream" : type,
                data.length, new ByteArrayInputStream(data));
    }

    /** Non-essential: refused while the call budget is critical. One projected query, months counted here. */
    @Override
    public List<TicketMonth> createdAndCompletedByMonth(PsaScope scope, TicketQuery filter, YearMonth lastMonth,
            int months) {
        YearMonth first = lastMonth.minusMonths(Math.max(1, months) - 1L);
        Instant from = first.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant until = lastMonth.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Optional<AtFilter> base = TicketFilters.of(scope, filter.toBuilder().openState(null).created(null)
                .completed(null).build(), at.mappings());
        Map<YearMonth, long[]> counts = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(lastMonth); m = m.plusMonths(1)) {
            counts.put(m, new long[2]);
        }
        if (base.isPresent()) {
            AtFilter window = base.get().anyOf(any -> any
                    .allOf(a -> a.where("createDate", AtOp.GTE, from).where("createDate", AtOp.LT, until))
                    .allOf(a -> a.where("completedDate", AtOp.GTE, from).where("completedDate", AtOp.LT, until)));
            for (JsonObject ticket : at.all(new AtQuery(window, AtQuery.MAX_RECORDS,
                    List.of("id", "createDate", "completedDate", "status")), CHART_MAX_PAGES, false)) {
                count(counts, AtJson.instant(ticket, "createDate"), 0);
                // by completedDate alone, as the ticket list's "completed" filter counts (Home drills into it)
                count(counts, AtJson.instant(ticket, "completedDate"), 1);
            }
        }
        List<TicketMonth> result = new ArrayList<>();
        counts.forEach((month, c) -> result.add(new TicketMonth(month, c[0], c[1])));
        return result;
    }

    private static void count(Map<YearMonth, long[]> counts, Instant when, int slot) {
        if (when != null) {
            long[] c = counts.get(YearMonth.from(when.atZone(ZoneOffset.UTC)));
            if (c != null) {
                c[slot]++;
            }
        }
    }

    /** Non-essential: refused while the call budget is critical. One projected query of open tickets. */
    @Override
    public List<RequestTypeCount> openByRequestType(PsaScope scope, TicketQuery filter) {
        Optional<AtFilter> base = TicketFilters.of(scope, filter.toBuilder().open().requestTypes(Set.of()).build(),
                at.mappings());
        Map<String, Long> counts = new LinkedHashMap<>();
        at.mappings().requestTypes().forEach(type -> counts.put(type.key(), 0L));
        long other = 0;
        if (base.isPresent()) {
            for (JsonObject ticket : at.all(new AtQuery(base.get(), AtQuery.MAX_RECORDS,
                    List.of("id", "ticketType", "ticketCategory", "issueType", "subIssueType")), CHART_MAX_PAGES, false)) {
                Optional<RequestTypeMapping> type = at.mappings().requestTypeOf(AtJson.number(ticket, "ticketType"),
                        AtJson.number(ticket, "ticketCategory"), AtJson.number(ticket, "issueType"),
                        AtJson.number(ticket, "subIssueType"));
                if (type.isPresent()) {
                    counts.merge(type.get().key(), 1L, Long::sum);
                } else {
                    other++;
                }
            }
        }
        List<RequestTypeCount> result = new ArrayList<>();
        for (RequestTypeMapping type : at.mappings().requestTypes()) {
            result.add(new RequestTypeCount(type.key(), type.label(), counts.get(type.key())));
        }
        if (other > 0) {
            result.add(new RequestTypeCount(null, "", other));
        }
        return result;
    }
}
