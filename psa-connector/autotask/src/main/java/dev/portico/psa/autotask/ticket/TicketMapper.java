package dev.portico.psa.autotask.ticket;

import dev.portico.psa.Ref;
import dev.portico.psa.autotask.AtJson;
import dev.portico.psa.autotask.AutotaskConnection;
import dev.portico.psa.autotask.AutotaskMappings;
import dev.portico.psa.autotask.AutotaskMappings.RequestTypeMapping;
import dev.portico.psa.autotask.query.AtEntity;
import dev.portico.psa.ticket.StatusKind;
import dev.portico.psa.ticket.Ticket;
import dev.portico.psa.ticket.TicketStatus;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * An Autotask ticket as the neutral {@link Ticket}: the number is {@code ticketNumber}, the status kind comes from
 * the configured status values, labels from the Tickets picklists ({@code entityInformation/fields}, cached), the
 * description is the ticket's own {@code description}. Autotask tickets have a priority but no impact or severity.
 */
public final class TicketMapper {

    /** The fields a ticket list asks for ({@code includeFields}). */
    public static final List<String> LIST_FIELDS = List.of("id", "ticketNumber", "title", "status", "priority",
            "companyID", "contactID", "companyLocationID", "createDate", "lastActivityDate", "dueDateTime",
            "completedDate", "ticketType", "ticketCategory", "issueType", "subIssueType", "purchaseOrderNumber",
            "changeApprovalStatus", "configurationItemID", "externalID");

    private final AutotaskConnection at;

    public TicketMapper(AutotaskConnection at) {
        this.at = at;
    }

    public TicketStatus status(JsonObject ticket) {
        long status = AtJson.number(ticket, "status", 0);
        StatusKind kind = at.mappings().kindOf(status, AtJson.number(ticket, "changeApprovalStatus"));
        String label = at.picklistLabel(AtEntity.TICKETS, "status", status);
        return new TicketStatus(status, label, label, kind);
    }

    /** The ticket without description or configuration-item names (lists); {@code names} may add those. */
    public Ticket ticket(JsonObject ticket, Names names) {
        AutotaskMappings mappings = at.mappings();
        TicketStatus status = status(ticket);
        Long ticketType = AtJson.number(ticket, "ticketType");
        String requestType = mappings.requestTypeOf(ticketType, AtJson.number(ticket, "ticketCategory"),
                AtJson.number(ticket, "issueType"), AtJson.number(ticket, "subIssueType"))
                .map(RequestTypeMapping::key).orElse(null);
        Long priority = AtJson.number(ticket, "priority");
        Long company = AtJson.number(ticket, "companyID");
        Long contact = AtJson.number(ticket, "contactID");
        Long site = AtJson.number(ticket, "companyLocationID");
        Long ci = AtJson.number(ticket, "configurationItemID");
        return new Ticket(
                AtJson.number(ticket, "id", 0),
                AtJson.text(ticket, "ticketNumber"),
                AtJson.text(ticket, "title"),
                status,
                requestType,
                ticketType == null ? null : new Ref(ticketType, at.picklistLabel(AtEntity.TICKETS, "ticketType", ticketType)),
                priority == null ? null : new Ref(priority, at.picklistLabel(AtEntity.TICKETS, "priority", priority)),
                null,
                null,
                company == null ? null : new Ref(company, ""),
                contact == null ? null : new Ref(contact, names.contactName()),
                names.contactEmail(),
                names.contactPhone(),
                site == null ? null : new Ref(site, names.siteName()),
                AtJson.instant(ticket, "createDate"),
                AtJson.instant(ticket, "lastActivityDate"),
                AtJson.instant(ticket, "dueDateTime"),
                AtJson.instant(ticket, "completedDate"),
                status.kind() == StatusKind.COMPLETED,
                blankToNull(AtJson.text(ticket, "purchaseOrderNumber")),
                customerReference(ticket, mappings.customerReferenceUdf()),
                AtJson.text(ticket, "description"),
                ci == null || names.configurationItemName() == null ? List.of()
                        : List.of(new Ref(ci, names.configurationItemName())));
    }

    static String customerReference(JsonObject ticket, String udf) {
        if (udf == null || udf.isBlank()) {
            return null;
        }
        JsonValue values = ticket.get("userDefinedFields");
        if (values == null || values.getValueType() != JsonValue.ValueType.ARRAY) {
            return null;
        }
        for (JsonValue value : values.asJsonArray()) {
            if (value.getValueType() == JsonValue.ValueType.OBJECT
                    && udf.equals(value.asJsonObject().getString("name", ""))) {
                return blankToNull(AtJson.text(value.asJsonObject(), "value"));
            }
        }
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Names the ticket shows besides its own fields (read by {@code get} only; empty in lists). */
    public record Names(String contactName, String contactEmail, String contactPhone, String siteName,
            String configurationItemName) {

        public static final Names NONE = new Names("", null, null, "", null);
    }
}
