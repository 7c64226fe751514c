package dev.portico.portal.ticket.list;

import dev.portico.portal.ticket.TicketView;
import dev.portico.psa.Permission;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Reads the list page's GET parameters (docs: TICKET-URLS) into a {@link TicketFilter}. A value that does not
 * parse, or names something unknown, is left out and reported in {@code rejected}, so the page can say so
 * instead of failing. Unknown parameter names are ignored.
 */
public final class TicketListParams {

    /** Search text longer than this cannot match a ConnectWise summary (100 characters) anyway. */
    static final int MAX_TEXT = 100;

    /** The filter, and the names of the parameters that were ignored, in the order they appear above. */
    public record Parsed(TicketFilter filter, List<String> rejected) {
    }

    private TicketListParams() {
    }

    /**
     * @param requestTypes the configured request type keys ({@code type} must be one of them)
     * @param permissions  the user's, for views that need one (Waiting My Approval)
     */
    public static Parsed parse(Map<String, String> params, Set<String> requestTypes, Set<Permission> permissions) {
        TicketFilter filter = new TicketFilter();
        List<String> rejected = new ArrayList<>();
        Reader in = new Reader(params, rejected);

        in.read("view", value -> TicketView.fromParam(value)
                .filter(view -> view.requires().map(permissions::contains).orElse(true)), filter::setView);
        String text = TicketFilter.blankToNull(params.get("q"));
        if (text != null) {
            filter.setText(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        }
        in.read("number", TicketListParams::id, filter::setNumber);
        in.read("status", StatusChoice::fromParam, filter::setStatus);
        in.read("statusId", TicketListParams::id, filter::setStatusId);
        in.read("contact", value -> TicketFilter.ME.equals(value) ? Optional.of(value) : id(value).map(String::valueOf),
                filter::setContact);
        in.read("site", TicketListParams::id, filter::setSiteId);
        in.read("type", value -> requestTypes.contains(value) ? Optional.of(value) : Optional.empty(), filter::setType);
        in.read("priority", TicketListParams::id, filter::setPriorityId);
        in.read("created", TicketListParams::month, month -> {
            filter.setCreatedFrom(month.atDay(1));
            filter.setCreatedTo(month.atEndOfMonth());
        });
        in.read("completed", TicketListParams::month, month -> {
            filter.setCompletedFrom(month.atDay(1));
            filter.setCompletedTo(month.atEndOfMonth());
        });
        in.range("createdFrom", "createdTo", filter::setCreatedFrom, filter::setCreatedTo);
        in.range("dueFrom", "dueTo", filter::setDueFrom, filter::setDueTo);
        in.range("completedFrom", "completedTo", filter::setCompletedFrom, filter::setCompletedTo);
        in.read("waiting", value -> "reply".equals(value) ? Optional.of(Boolean.TRUE) : Optional.empty(),
                filter::setWaitingReply);
        return new Parsed(filter, List.copyOf(rejected));
    }

    /** A positive whole number such as a PSA id. */
    public static Optional<Long> id(String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        long parsed = Long.parseLong(value);
        return parsed > 0 ? Optional.of(parsed) : Optional.empty();
    }

    static Optional<YearMonth> month(String value) {
        if (!value.matches("\\d{4}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalDate> date(String value) {
        if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Reads one parameter at a time, noting the ones that are present but unusable. */
    private record Reader(Map<String, String> params, List<String> rejected) {

        <T> void read(String name, java.util.function.Function<String, Optional<T>> parser, Consumer<T> target) {
            String raw = params.get(name);
            if (raw == null || raw.isBlank()) {
                return;
            }
            Optional<T> value = parser.apply(raw.strip());
            if (value.isPresent()) {
                target.accept(value.get());
            } else {
                rejected.add(name);
            }
        }

        /** Both ends of a date range; a range that ends before it starts is dropped whole. */
        void range(String fromName, String toName, Consumer<LocalDate> from, Consumer<LocalDate> to) {
            LocalDate[] bounds = new LocalDate[2];
            read(fromName, TicketListParams::date, d -> bounds[0] = d);
            read(toName, TicketListParams::date, d -> bounds[1] = d);
            if (bounds[0] != null && bounds[1] != null && bounds[1].isBefore(bounds[0])) {
                rejected.add(fromName);
                rejected.add(toName);
                return;
            }
            BiConsumer<LocalDate, Consumer<LocalDate>> set = (d, c) -> {
                if (d != null) {
                    c.accept(d);
                }
            };
            set.accept(bounds[0], from);
            set.accept(bounds[1], to);
        }
    }
}
