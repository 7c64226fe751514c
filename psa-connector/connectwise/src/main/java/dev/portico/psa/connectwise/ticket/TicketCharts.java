package dev.portico.psa.connectwise.ticket;

import dev.portico.psa.PsaScope;
import dev.portico.psa.connectwise.Conditions;
import dev.portico.psa.connectwise.ConnectWiseConnection;
import dev.portico.psa.connectwise.ConnectWiseMappings.RequestTypeMapping;
import dev.portico.psa.connectwise.CwDates;
import dev.portico.psa.connectwise.CwRecord;
import dev.portico.psa.connectwise.rest.CwListParams;
import dev.portico.psa.connectwise.rest.CwTicket;
import dev.portico.psa.ticket.OpenState;
import dev.portico.psa.ticket.RequestTypeCount;
import dev.portico.psa.ticket.TicketMonth;
import dev.portico.psa.ticket.TicketQuery;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Dashboard figures from projected lists instead of one count per bucket: one call fetches
 * {@code id, dateEntered, closedDate} of every ticket created or closed in the window (up to
 * {@code psa.page.max-size} per page), and
 * the months are counted here. A year of a busy customer is one or two calls where per-month counts would
 * be 24. Windows beyond {@link #MAX_PAGES} pages fall back to parallel count calls.
 */
final class TicketCharts {

    static final int MAX_PAGES = 5;

    private final TicketAccess access;

    TicketCharts(TicketAccess access) {
        this.access = access;
    }

    List<TicketMonth> byMonth(PsaScope scope, TicketQuery filter, YearMonth lastMonth, int months) {
        if (months < 1 || months > 36) {
            throw new IllegalArgumentException("months must be within 1..36");
        }
        YearMonth first = lastMonth.minusMonths(months - 1L);
        Instant start = first.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = lastMonth.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        TicketQuery unfiltered = filter.toBuilder().openState(OpenState.ANY).created(null).completed(null).build();
        TicketConditions.Built base = access.conditions.build(scope, unfiltered);
        Map<YearMonth, long[]> buckets = new LinkedHashMap<>();
        for (int i = 0; i < months; i++) {
            buckets.put(first.plusMonths(i), new long[2]);
        }
        if (!base.matchesNothing()) {
            String conditions = base.where().anyOf(
                    Conditions.on(CwRecord.TICKET).atOrAfter("dateEntered", start).before("dateEntered", end),
                    Conditions.on(CwRecord.TICKET).atOrAfter("closedDate", start).before("closedDate", end)).build();
            List<CwTicket> tickets = all(conditions, base.childConditions(), "id,closedDate,closedFlag,_info/dateEntered");
            if (tickets == null) {
                return countedByMonth(scope, unfiltered, first, months);
            }
            for (CwTicket t : tickets) {
                add(buckets, TicketMapper.info(t.info(), "dateEntered"), 0);
                add(buckets, CwDates.parse(t.closedDate()), 1);
            }
        }
        List<TicketMonth> result = new ArrayList<>();
        buckets.forEach((month, counts) -> result.add(new TicketMonth(month, counts[0], counts[1])));
        return result;
    }

    List<RequestTypeCount> openByRequestType(PsaScope scope, TicketQuery filter) {
        TicketConditions.Built base = access.conditions.build(scope, filter.toBuilder().open().build());
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (RequestTypeMapping mapping : access.cw.mappings().requestTypes()) {
            counts.put(mapping.key(), 0L);
            labels.put(mapping.key(), mapping.label());
        }
        long other = 0;
        if (!base.matchesNothing()) {
            List<CwTicket> open = all(base.conditions(), base.childConditions(), "id,board,type");
            if (open == null) {
                open = List.of();
            }
            for (CwTicket t : open) {
                var type = access.cw.lookups().requestTypeOf(TicketMapper.id(t.board()), TicketMapper.id(t.type()));
                if (type.isPresent()) {
                    counts.merge(type.get().key(), 1L, Long::sum);
                } else {
                    other++;
                }
            }
        }
        List<RequestTypeCount> result = new ArrayList<>();
        counts.forEach((key, count) -> result.add(new RequestTypeCount(key, labels.get(key), count)));
        if (other > 0) {
            result.add(new RequestTypeCount(null, "", other));
        }
        return result;
    }

    /** Every matching ticket (projected), or null when there are more than {@link #MAX_PAGES} pages. */
    private List<CwTicket> all(String conditions, String childConditions, String fields) {
        int size = access.cw.settings().maxPageSize();
        Function<Integer, List<CwTicket>> page = n -> access.cw.read(() -> access.service().tickets(
                CwListParams.where(conditions).childConditions(childConditions).fields(fields).orderBy("id asc")
                        .page(n, size)));
        List<CwTicket> first = page.apply(1);
        if (first.size() < size) {
            return first;
        }
        long total = access.cw.read(() -> access.service().countTickets(
                CwListParams.where(conditions).childConditions(childConditions))).value();
        int pages = (int) ((total + size - 1) / size);
        if (pages > MAX_PAGES) {
            return null;
        }
        List<CompletableFuture<List<CwTicket>>> rest = new ArrayList<>();
        for (int n = 2; n <= pages; n++) {
            int number = n;
            rest.add(access.cw.readAsync(() -> page.apply(number)));
        }
        List<CwTicket> all = new ArrayList<>(first);
        rest.forEach(f -> all.addAll(ConnectWiseConnection.join(f)));
        return all;
    }

    private List<TicketMonth> countedByMonth(PsaScope scope, TicketQuery filter, YearMonth first, int months) {
        List<CompletableFuture<Long>> created = new ArrayList<>();
        List<CompletableFuture<Long>> completed = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            YearMonth month = first.plusMonths(i);
            var range = new dev.portico.psa.DateRange(month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                    month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            created.add(count(scope, filter.toBuilder().created(range).build()));
            completed.add(count(scope, filter.toBuilder().completed(range).build()));
        }
        List<TicketMonth> result = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            result.add(new TicketMonth(first.plusMonths(i), ConnectWiseConnection.join(created.get(i)),
                    ConnectWiseConnection.join(completed.get(i))));
        }
        return result;
    }

    private CompletableFuture<Long> count(PsaScope scope, TicketQuery query) {
        TicketConditions.Built built = access.conditions.build(scope, query);
        return access.cw.readAsync(() -> access.service().countTickets(
                CwListParams.where(built.conditions()).childConditions(built.childConditions())).value());
    }

    private static void add(Map<YearMonth, long[]> buckets, Instant when, int index) {
        if (when != null) {
            long[] counts = buckets.get(YearMonth.from(when.atZone(ZoneOffset.UTC)));
            if (counts != null) {
                counts[index]++;
            }
        }
    }
}
