package dev.portico.sandbox.autotask;

import dev.portico.sandbox.query.AutotaskQuery;
import dev.portico.sandbox.store.Jsons;
import dev.portico.sandbox.store.SandboxData;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code /{Entity}/entityInformation} and {@code /{Entity}/entityInformation/fields}, with the picklists. */
final class AtMetadata {

    private static final Set<String> CREATABLE = Set.of("Tickets", "TicketNotes", "TicketAttachments",
            "TicketChangeRequestApprovals", "Contacts");
    private static final Set<String> REQUIRED = Set.of("Tickets.title", "Tickets.status", "Tickets.priority",
            "Tickets.companyID", "TicketNotes.ticketID", "TicketNotes.title", "TicketNotes.description",
            "TicketNotes.noteType", "TicketNotes.publish", "Contacts.companyID", "Contacts.firstName",
            "Contacts.lastName", "Contacts.isActive");
    private static final Set<String> READ_ONLY = Set.of("id", "ticketNumber", "createDate", "createDateTime",
            "completedDate", "lastActivityDate", "lastModifiedDate", "lastModifiedTime", "lastActivityDateTime");
    private static final Map<String, String> REFERENCES = Map.ofEntries(Map.entry("companyID", "Company"),
            Map.entry("contactID", "Contact"), Map.entry("createdByContactID", "Contact"),
            Map.entry("attachedByContactID", "Contact"), Map.entry("companyLocationID", "CompanyLocation"),
            Map.entry("configurationItemID", "ConfigurationItem"), Map.entry("contractID", "Contract"),
            Map.entry("ticketID", "Ticket"), Map.entry("projectID", "Project"), Map.entry("phaseID", "Phase"),
            Map.entry("opportunityID", "Opportunity"), Map.entry("quoteID", "Quote"),
            Map.entry("assignedResourceID", "Resource"), Map.entry("creatorResourceID", "Resource"));

    private AtMetadata() {
    }

    static JsonObject info(AtEntity e) {
        boolean create = CREATABLE.contains(e.name());
        return Jsons.obj().add("name", e.label()).add("canCreate", create).add("canDelete", false)
                .add("canQuery", true)
                .add("canUpdate", e.name().equals("Tickets") || e.name().equals("Opportunities")
                        || e.name().equals("Contacts"))
                .add("hasUserDefinedFields", false).add("supportsWebhookCallouts", false).build();
    }

    static Map<String, List<AtPicklists.Value>> picklists(AtEntity e) {
        return switch (e.name()) {
            case "Tickets" -> AtPicklists.ticketPicklists();
            case "TicketNotes" -> Map.of("noteType", AtPicklists.NOTE_TYPE, "publish", AtPicklists.PUBLISH);
            case "TicketAttachments" -> Map.of("publish", AtPicklists.PUBLISH);
            case "ClientPortalUsers" -> Map.of("securityLevel", AtPicklists.SECURITY_LEVEL);
            case "Tasks" -> Map.of("status", AtPicklists.STATUS, "priority", AtPicklists.PRIORITY);
            case "Opportunities" -> Map.of("status", AtPicklists.OPPORTUNITY_STATUS);
            default -> Map.of();
        };
    }

    static JsonArray fields(SandboxData d, AtEntity e) {
        List<JsonObject> sample = e.all(d);
        Map<String, List<AtPicklists.Value>> picklists = picklists(e);
        JsonArrayBuilder out = Jsons.arr();
        for (String f : e.fields()) {
            List<AtPicklists.Value> values = picklists.get(f);
            JsonArrayBuilder pick = Jsons.arr();
            if (values != null) {
                int sort = 0;
                for (AtPicklists.Value v : values) {
                    var b = Jsons.obj().add("value", String.valueOf(v.value())).add("label", v.label())
                            .add("isDefaultValue", v.isDefault()).add("sortOrder", sort++)
                            .add("isActive", true).add("isSystem", false);
                    if (v.parent() != null) {
                        b.add("parentValue", String.valueOf(v.parent()));
                    }
                    pick.add(b);
                }
            }
            var b = Jsons.obj().add("name", f).add("dataType", values != null ? "integer" : dataType(sample, f))
                    .add("length", 0).add("isRequired", REQUIRED.contains(e.name() + "." + f))
                    .add("isReadOnly", READ_ONLY.contains(f)).add("isQueryable", true)
                    .add("isReference", REFERENCES.containsKey(f)).add("isPickList", values != null)
                    .add("picklistValues", pick).add("isSupportedWebhookField", false);
            if (REFERENCES.containsKey(f)) {
                b.add("referenceEntityType", REFERENCES.get(f));
            }
            if (f.equals("subIssueType")) {
                b.add("picklistParentValueField", "issueType");
            }
            out.add(b);
        }
        return out.build();
    }

    private static String dataType(List<JsonObject> sample, String field) {
        for (JsonObject r : sample) {
            JsonValue v = r.get(field);
            if (v instanceof JsonNumber n) {
                return n.isIntegral() ? (field.equals("id") ? "long" : "integer") : "double";
            }
            if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
                return "boolean";
            }
            if (v instanceof JsonString s) {
                return AutotaskQuery.instant(s.getString()) != null ? "datetime" : "string";
            }
        }
        return "string";
    }
}
