package dev.portico.psa.connectwise.ticket;

import dev.portico.psa.Ref;
import dev.portico.psa.connectwise.ConnectWiseMappings;
import dev.portico.psa.connectwise.CwDates;
import dev.portico.psa.connectwise.CwLookups;
import dev.portico.psa.connectwise.rest.CwBoardStatus;
import dev.portico.psa.connectwise.rest.CwCustomField;
import dev.portico.psa.connectwise.rest.CwDocument;
import dev.portico.psa.connectwise.rest.CwRef;
import dev.portico.psa.connectwise.rest.CwServiceNote;
import dev.portico.psa.connectwise.rest.CwTicket;
import dev.portico.psa.ticket.Attachment;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketNote;
import dev.portico.psa.ticket.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Translates ConnectWise tickets, notes and documents into the neutral records. */
final class TicketMapper {

    private final CwLookups lookups;
    private final ConnectWiseMappings mappings;
    private final OptionalLong customerReferenceField;

    TicketMapper(CwLookups lookups, ConnectWiseMappings mappings) {
        this.lookups = lookups;
        this.mappings = mappings;
        this.customerReferenceField = mappings.customerReferenceFieldId();
    }

    Ticket ticket(CwTicket t, List<Ref> configurationItems) {
        String requestType = lookups.requestTypeOf(id(t.board()), id(t.type()))
                .map(mapping -> mapping.key()).orElse(null);
        long id = t.id() == null ? 0 : t.id();
        return new Ticket(
                id,
                String.valueOf(id),
                nullToEmpty(t.summary()),
                status(t),
                requestType,
                ref(t.type()),
                ref(t.priority()),
                blankToNull(t.impact()),
                blankToNull(t.severity()),
                ref(t.company()),
                contact(t),
                t.contactEmailAddress(),
                t.contactPhoneNumber(),
                site(t),
                info(t.info(), "dateEntered"),
                info(t.info(), "lastUpdated"),
                CwDates.parse(t.requiredDate()),
                CwDates.parse(t.closedDate()),
                closed(t),
                t.poNumber(),
                customerReference(t.customFields()),
                "",
                configurationItems);
    }

    TicketStatus status(CwTicket t) {
        if (t.status() == null || t.status().id() == null) {
            return new TicketStatus(0, "", "", mappings.statusKind("", closed(t)));
        }
        Optional<CwBoardStatus> known = lookups.status(t.status().id());
        String name = t.status().name() != null ? t.status().name() : known.map(CwBoardStatus::name).orElse("");
        String label = known.map(CwBoardStatus::customerPortalDescription).orElse(null);
        boolean closed = closed(t) || known.map(s -> Boolean.TRUE.equals(s.closedStatus())).orElse(false);
        return new TicketStatus(t.status().id(), name, label, mappings.statusKind(name, closed));
    }

    static TicketNote note(CwServiceNote n, long ticketId) {
        return note(n, ticketId, false);
    }

    static TicketNote note(CwServiceNote n, long ticketId, boolean description) {
        String author = n.member() != null && n.member().name() != null ? n.member().name()
                : n.contact() != null && n.contact().name() != null ? n.contact().name()
                : nullToEmpty(n.createdBy());
        Instant created = CwDates.parse(n.dateCreated());
        if (created == null) {
            created = info(n.info(), "dateEntered");
        }
        return new TicketNote(n.id() == null ? 0 : n.id(), n.ticketId() == null ? ticketId : n.ticketId(),
                nullToEmpty(n.text()), author, n.contact() != null && n.contact().id() != null,
                Boolean.TRUE.equals(n.resolutionFlag()), created, description);
    }

    static Attachment attachment(CwDocument d) {
        Instant created = CwDates.parse(d.createdOnDate());
        if (created == null) {
            created = info(d.info(), "dateEntered");
        }
        String fileName = d.fileName() == null ? nullToEmpty(d.title()) : d.fileName();
        return new Attachment(d.id() == null ? 0 : d.id(), d.title() == null || d.title().isBlank() ? fileName : d.title(),
                fileName, d.size() == null ? -1 : d.size(), created, d.owner());
    }

    static Ref ref(CwRef ref) {
        return ref == null || ref.id() == null ? null : new Ref(ref.id(), ref.name());
    }

    static Long id(CwRef ref) {
        return ref == null ? null : ref.id();
    }

    static Instant info(Map<String, String> info, String key) {
        return info == null ? null : CwDates.parse(info.get(key));
    }

    private static boolean closed(CwTicket t) {
        return Boolean.TRUE.equals(t.closedFlag());
    }

    private static Ref contact(CwTicket t) {
        if (t.contact() == null || t.contact().id() == null) {
            return null;
        }
        return new Ref(t.contact().id(), t.contact().name() != null ? t.contact().name() : t.contactName());
    }

    private static Ref site(CwTicket t) {
        if (t.site() == null || t.site().id() == null) {
            return null;
        }
        return new Ref(t.site().id(), t.site().name() != null ? t.site().name() : t.siteName());
    }

    private String customerReference(List<CwCustomField> fields) {
        if (customerReferenceField.isEmpty() || fields == null) {
            return null;
        }
        return fields.stream()
                .filter(f -> f.id() != null && f.id() == customerReferenceField.getAsLong() && f.value() != null)
                .map(f -> String.valueOf(f.value()))
                .findFirst().orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
