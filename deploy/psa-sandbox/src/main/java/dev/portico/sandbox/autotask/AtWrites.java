package dev.portico.sandbox.autotask;

import dev.portico.sandbox.api.ApiException;
import dev.portico.sandbox.api.SharedWrites;
import dev.portico.sandbox.query.AutotaskQuery;
import dev.portico.sandbox.seed.Seeder;
import dev.portico.sandbox.store.Jsons;
import dev.portico.sandbox.store.SandboxData;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes through the Autotask face. Each one is translated into the seeded (ConnectWise-shaped) records through
 * the ConnectWise face's own write rules ({@link SharedWrites}), so both faces see the change and the same checks
 * apply. Failures are Autotask business errors: HTTP 500 with {@code errors[]}.
 */
final class AtWrites {

    static final int MAX_ATTACHMENT_BYTES = 6 * 1024 * 1024;

    private final SandboxData d;

    AtWrites(SandboxData d) {
        this.d = d;
    }

    // ------------------------------------------------------------------------------------------------ tickets

    int createTicket(JsonObject in) {
        for (String field : List.of("title", "status", "priority", "companyID")) {
            if (missing(in, field)) {
                throw AtException.business("Missing Required Field: " + field);
            }
        }
        JsonObjectBuilder cw = Jsons.obj();
        ticketFields(in, cw, true);
        cw.add("company", ref(integer(in, "companyID")));
        String description = string(in, "description");
        if (description != null && !description.isBlank()) {
            cw.add("initialDescription", description);
        }
        Integer contact = integer(in, "contactID");
        Integer createdBy = integer(in, "createdByContactID");
        if (contact == null && createdBy != null) {
            cw.add("contact", ref(createdBy));
        }
        JsonObject created = cw(() -> SharedWrites.createTicket(d, cw.build()));
        int id = created.getInt("id");
        Integer configuration = integer(in, "configurationItemID");
        if (configuration != null) {
            linkConfiguration(id, configuration, integer(in, "companyID"));
        }
        if (createdBy != null) {
            d.tickets.update(id, t -> Jsons.obj(t).add("_info", Jsons.obj(t.getJsonObject("_info"))
                    .add("enteredBy", "Portal")).build());
        }
        return id;
    }

    int patchTicket(JsonObject in) {
        Integer id = integer(in, "id");
        if (id == null) {
            throw AtException.business("Missing Required Field: id");
        }
        JsonObject existing = d.tickets.get(id);
        if (existing == null) {
            throw AtException.business("Ticket with id " + id + " was not found.");
        }
        JsonObjectBuilder cw = Jsons.obj();
        ticketFields(in, cw, false);
        if (in.containsKey("companyID")) {
            cw.add("company", ref(integer(in, "companyID")));
        }
        JsonObject changes = cw.build();
        if (!changes.isEmpty()) {
            JsonArrayBuilder ops = Jsons.arr();
            changes.forEach((k, v) -> ops.add(Jsons.obj().add("op", v == JsonValue.NULL ? "remove" : "replace")
                    .add("path", k).add("value", v)));
            cw(() -> SharedWrites.patchTicket(d, id, ops.build()));
        }
        Integer configuration = integer(in, "configurationItemID");
        if (configuration != null && d.ticketConfigurations.childrenOf(id).stream()
                .noneMatch(l -> l.getInt("configurationId") == configuration)) {
            linkConfiguration(id, configuration, Row.id(d.tickets.get(id), "company"));
        }
        return id;
    }

    private void linkConfiguration(int ticketId, int configurationId, Integer companyId) {
        JsonObject configuration = d.configurations.get(configurationId);
        if (configuration == null || companyId == null || !companyId.equals(Row.id(configuration, "company"))) {
            throw AtException.business("The configurationItemID [" + configurationId
                    + "] is not associated with Company [" + companyId + "].");
        }
        cw(() -> SharedWrites.linkConfiguration(d, ticketId, configurationId));
    }

    /** The Autotask ticket fields of {@code in}, as ConnectWise fields (null values clear the field). */
    private void ticketFields(JsonObject in, JsonObjectBuilder cw, boolean create) {
        if (in.containsKey("title")) {
            String title = string(in, "title");
            if (title == null || title.isBlank()) {
                throw AtException.business("Missing Required Field: title");
            }
            if (title.length() > 255) {
                throw AtException.business("title exceeds the maximum length of 255 characters.");
            }
            cw.add("summary", title);
        }
        if (in.containsKey("status")) {
            cw.add("status", ref(picklist(in, "status", AtPicklists.STATUS_TO_CW)));
        }
        if (in.containsKey("priority")) {
            cw.add("priority", ref(picklist(in, "priority", invert(AtPicklists.PRIORITY_FROM_CW))));
        }
        if (in.containsKey("ticketType") && in.get("ticketType") != JsonValue.NULL) {
            cw.add("type", ref(picklist(in, "ticketType", invert(AtPicklists.TICKET_TYPE_FROM_CW))));
        }
        Integer issueType = integer(in, "issueType");
        Integer subIssueType = integer(in, "subIssueType");
        if (issueType != null && (issueType < 1 || issueType >= AtPicklists.ISSUE_TYPES.length)) {
            throw AtException.business("Value does not exist for picklist: issueType");
        }
        if (subIssueType != null && (issueType == null || subIssueType / 100 != issueType || subIssueType % 100 < 1
                || subIssueType % 100 >= AtPicklists.ITEMS.length)) {
            throw AtException.business("Value does not exist for child picklist: subIssueType");
        }
        if (in.containsKey("issueType")) {
            cw.add("subType", issueType == null ? JsonValue.NULL : ref(issueType));
        }
        if (in.containsKey("subIssueType")) {
            cw.add("item", subIssueType == null ? JsonValue.NULL : ref(subIssueType % 100));
        }
        Integer source = integer(in, "source");
        if (source == null && create && Integer.valueOf(AtPicklists.QUEUE_CLIENT_PORTAL).equals(integer(in, "queueID"))) {
            source = -1;
        }
        if (source != null) {
            Integer cwSource = invert(AtPicklists.SOURCE_FROM_CW).get(source);
            if (cwSource != null) {
                cw.add("source", ref(cwSource));
            }
        }
        optionalRef(in, "contactID", "contact", cw);
        optionalRef(in, "companyLocationID", "site", cw);
        optionalRef(in, "contractID", "agreement", cw);
        if (in.containsKey("dueDateTime")) {
            String due = string(in, "dueDateTime");
            Instant at = due == null ? null : AutotaskQuery.instant(due);
            if (due != null && at == null) {
                throw AtException.business("dueDateTime is not a valid date-time.");
            }
            cw.add("requiredDate", at == null ? JsonValue.NULL : Jsons.str(Jsons.iso(at)));
        }
        text(in, "purchaseOrderNumber", "poNumber", 50, cw);
        text(in, "externalID", "externalXRef", 50, cw);
    }

    private static void optionalRef(JsonObject in, String field, String cwField, JsonObjectBuilder cw) {
        if (in.containsKey(field)) {
            Integer id = integer(in, field);
            cw.add(cwField, id == null ? JsonValue.NULL : ref(id));
        }
    }

    private static void text(JsonObject in, String field, String cwField, int max, JsonObjectBuilder cw) {
        if (in.containsKey(field)) {
            String value = string(in, field);
            if (value != null && value.length() > max) {
                throw AtException.business(field + " exceeds the maximum length of " + max + " characters.");
            }
            cw.add(cwField, value == null ? JsonValue.NULL : Jsons.str(value));
        }
    }

    // -------------------------------------------------------------------------------------------- ticket notes

    int addNote(int ticketId, JsonObject in) {
        requireTicket(ticketId);
        for (String field : List.of("title", "description", "noteType", "publish")) {
            if (missing(in, field)) {
                throw AtException.business("Missing Required Field: " + field);
            }
        }
        Integer parent = integer(in, "ticketID");
        if (parent != null && parent != ticketId) {
            throw AtException.business("The ticketID does not match the parent ticket " + ticketId + ".");
        }
        String title = string(in, "title");
        String description = string(in, "description");
        if (title.length() > 250) {
            throw AtException.business("title exceeds the maximum length of 250 characters.");
        }
        if (description.length() > 32000) {
            throw AtException.business("description exceeds the maximum length of 32000 characters.");
        }
        int publish = publish(in);
        Integer contact = integer(in, "createdByContactID");
        if (contact != null && publish != AtPicklists.PUBLISH_ALL) {
            throw AtException.business("Notes created by a contact must be published to All Autotask Users.");
        }
        JsonObjectBuilder cw = Jsons.obj().add("text", description)
                .add("detailDescriptionFlag", publish == AtPicklists.PUBLISH_ALL)
                .add("internalAnalysisFlag", publish != AtPicklists.PUBLISH_ALL);
        if (contact != null) {
            cw.add("contact", ref(contact)).add("customerUpdatedFlag", true);
        }
        JsonObject note = cw(() -> SharedWrites.addTicketNote(d, ticketId, cw.build()));
        d.noteTitles.put(note.getInt("id"), title);
        return note.getInt("id");
    }

    private static int publish(JsonObject in) {
        Integer publish = integer(in, "publish");
        if (publish == null || !(publish == 1 || publish == 2 || publish == 4)) {
            throw AtException.business("Value does not exist for picklist: publish");
        }
        return publish;
    }

    // -------------------------------------------------------------------------------------- ticket attachments

    int addAttachment(int ticketId, JsonObject in) {
        JsonObject ticket = requireTicket(ticketId);
        for (String field : List.of("title", "fullPath", "data")) {
            if (missing(in, field)) {
                throw AtException.business("Missing Required Field: " + field);
            }
        }
        String type = string(in, "attachmentType");
        if (type != null && !type.equals("FILE_ATTACHMENT")) {
            throw AtException.business("The sandbox only stores attachments of type FILE_ATTACHMENT.");
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(string(in, "data"));
        } catch (IllegalArgumentException e) {
            throw AtException.business("The attachment data is not valid base64.");
        }
        if (bytes.length > MAX_ATTACHMENT_BYTES) {
            throw AtException.business("The attachment is larger than the maximum of 6 MB.");
        }
        int publish = in.containsKey("publish") ? publish(in) : AtPicklists.PUBLISH_ALL;
        Integer contactId = integer(in, "attachedByContactID");
        String owner = "PorticoAPI";
        if (contactId != null) {
            JsonObject contact = d.contacts.get(contactId);
            if (contact == null || !Row.id(ticket, "company").equals(Row.id(contact, "company"))) {
                throw AtException.business("attachedByContactID is not associated to the ticket's company.");
            }
            if (publish != AtPicklists.PUBLISH_ALL) {
                throw AtException.business("Attachments added by a contact must be published to All Autotask Users.");
            }
            owner = Row.text(contact, "firstName") + " " + Row.text(contact, "lastName");
        }
        String fileName = string(in, "fullPath");
        fileName = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int id = d.documents.nextId();
        d.documents.put(Seeder.documentInfo(id, string(in, "title"), fileName, bytes.length,
                publish == AtPicklists.PUBLISH_ALL, owner, SharedWrites.now(), UUID.randomUUID()));
        d.documentLinks.put(id, new SandboxData.DocumentLink("Ticket", ticketId));
        d.documentContent.put(id, bytes);
        if (contactId != null) {
            d.attachmentContacts.put(id, contactId);
        }
        return id;
    }

    // --------------------------------------------------------------------------------------------- opportunities

    /**
     * {@code PATCH /Opportunities} with {@code {"id", "status"}}: 3 Closed (won) and 2 Lost close the opportunity
     * as Won or Lost on both faces (the customer accepted or declined its quote); 1 Active re-opens a closed one as
     * Awaiting Customer. Other fields are not written.
     */
    int patchOpportunity(JsonObject in) {
        Integer id = integer(in, "id");
        if (id == null) {
            throw AtException.business("Missing Required Field: id");
        }
        JsonObject existing = d.opportunities.get(id);
        if (existing == null) {
            throw AtException.business("Opportunity with id " + id + " was not found.");
        }
        if (!in.containsKey("status")) {
            return id;
        }
        Integer status = integer(in, "status");
        Integer current = Row.id(existing, "status");
        Integer target = status == null ? null : switch (status) {
            case 3 -> 4;
            case 2 -> 5;
            case 1 -> current != null && current >= 4 ? Integer.valueOf(3) : current;
            default -> null;
        };
        if (target == null) {
            throw AtException.business("Value does not exist for picklist: status");
        }
        if (!target.equals(current)) {
            cw(() -> SharedWrites.patchOpportunity(d, id, Jsons.arr().add(Jsons.obj().add("op", "replace")
                    .add("path", "status").add("value", ref(target))).build()));
        }
        return id;
    }

    // ---------------------------------------------------------------------------------------------- contacts

    int createContact(int companyId, JsonObject in) {
        if (d.companies.get(companyId) == null) {
            throw AtException.business("Company with id " + companyId + " was not found.");
        }
        for (String field : List.of("firstName", "lastName")) {
            if (missing(in, field)) {
                throw AtException.business("Missing Required Field: " + field);
            }
        }
        Integer parent = integer(in, "companyID");
        if (parent != null && parent != companyId) {
            throw AtException.business("The companyID does not match the parent company " + companyId + ".");
        }
        JsonObjectBuilder cw = Jsons.obj().add("firstName", string(in, "firstName"))
                .add("lastName", string(in, "lastName")).add("company", ref(companyId));
        if (string(in, "title") != null) {
            cw.add("title", string(in, "title"));
        }
        Integer location = integer(in, "companyLocationID");
        if (location != null) {
            cw.add("site", ref(location));
        }
        Integer active = integer(in, "isActive");
        cw.add("inactiveFlag", active != null && active == 0);
        JsonArrayBuilder items = Jsons.arr();
        if (string(in, "emailAddress") != null) {
            items.add(Jsons.obj().add("type", ref(1)).add("value", string(in, "emailAddress")).add("defaultFlag", true));
        }
        if (string(in, "phone") != null) {
            items.add(Jsons.obj().add("type", ref(2)).add("value", string(in, "phone")).add("defaultFlag", true));
        }
        if (string(in, "mobilePhone") != null) {
            items.add(Jsons.obj().add("type", ref(3)).add("value", string(in, "mobilePhone")).add("defaultFlag", false));
        }
        cw.add("communicationItems", items);
        return cw(() -> SharedWrites.createContact(d, cw.build())).getInt("id");
    }

    /**
     * {@code PATCH /Companies/{companyId}/Contacts} with {@code {"id", ...}}: names, title, location, active flag,
     * and the e-mail address, phone and mobile phone (the contact's default items of those kinds).
     */
    int patchContact(int companyId, JsonObject in) {
        Integer id = integer(in, "id");
        if (id == null) {
            throw AtException.business("Missing Required Field: id");
        }
        JsonObject existing = d.contacts.get(id);
        if (existing == null || !Integer.valueOf(companyId).equals(Row.id(existing, "company"))) {
            throw AtException.business("Contact with id " + id + " was not found in company " + companyId + ".");
        }
        JsonArrayBuilder ops = Jsons.arr();
        for (String[] f : new String[][] {{"firstName", "firstName"}, {"lastName", "lastName"}, {"title", "title"}}) {
            if (in.containsKey(f[0])) {
                String value = string(in, f[0]);
                if (value == null && !f[0].equals("title")) {
                    throw AtException.business("Missing Required Field: " + f[0]);
                }
                ops.add(Jsons.obj().add("op", value == null ? "remove" : "replace").add("path", f[1])
                        .add("value", value == null ? JsonValue.NULL : Jsons.str(value)));
            }
        }
        if (in.containsKey("companyLocationID")) {
            Integer location = integer(in, "companyLocationID");
            ops.add(Jsons.obj().add("op", location == null ? "remove" : "replace").add("path", "site")
                    .add("value", location == null ? JsonValue.NULL : ref(location)));
        }
        if (in.containsKey("isActive")) {
            Integer active = integer(in, "isActive");
            ops.add(Jsons.obj().add("op", "replace").add("path", "inactiveFlag").add("value", active != null && active == 0));
        }
        Map<Integer, String> changes = new java.util.LinkedHashMap<>();
        for (Object[] c : new Object[][] {{"emailAddress", 1}, {"phone", 2}, {"mobilePhone", 3}}) {
            if (in.containsKey((String) c[0])) {
                changes.put((Integer) c[1], string(in, (String) c[0]));
            }
        }
        if (!changes.isEmpty()) {
            JsonArrayBuilder items = Jsons.arr();
            JsonArray current = Jsons.array(existing, "communicationItems");
            for (JsonValue v : current == null ? Jsons.arr().build() : current) {
                JsonObject item = v.asJsonObject();
                Integer type = Jsons.refId(item, "type");
                if (type != null && changes.containsKey(type) && (Jsons.flag(item, "defaultFlag")
                        || current.stream().noneMatch(o -> type.equals(Jsons.refId(o.asJsonObject(), "type"))
                        && Jsons.flag(o.asJsonObject(), "defaultFlag")))) {
                    String value = changes.remove(type);
                    if (value != null && !value.isBlank()) {
                        items.add(Jsons.obj(item).add("value", value));
                    }
                } else {
                    items.add(item);
                }
            }
            changes.forEach((type, value) -> {
                if (value != null && !value.isBlank()) {
                    items.add(Jsons.obj().add("type", ref(type)).add("value", value).add("defaultFlag", true));
                }
            });
            ops.add(Jsons.obj().add("op", "replace").add("path", "communicationItems").add("value", items));
        }
        JsonArray built = ops.build();
        if (!built.isEmpty()) {
            cw(() -> SharedWrites.patchContact(d, id, built));
        }
        return id;
    }

    // ----------------------------------------------------------------------------------- client portal users

    /** Autotask's client-portal levels (1 Basic, 2 Advanced, 3 Manager) and the ConnectWise portal levels they are. */
    private static final Map<Integer, Integer> PORTAL_LEVEL_TO_CW = Map.of(3, 1, 2, 2, 1, 3);

    /**
     * {@code POST /ClientPortalUsers}: a portal user for a contact without one. {@code contactID}, {@code userName},
     * {@code password} (5-50 printable characters, no spaces or single quotes; kept, never returned) and
     * {@code securityLevel} (1-3) are required; {@code isClientPortalActive} defaults to true. The contact gets the
     * portal password, level and log-in flag on the ConnectWise face too. Answers the new user's id.
     */
    int createPortalUser(JsonObject in) {
        for (String field : List.of("contactID", "userName", "password", "securityLevel")) {
            if (missing(in, field)) {
                throw AtException.business("Missing Required Field: " + field);
            }
        }
        int contactId = integer(in, "contactID");
        JsonObject contact = d.contacts.get(contactId);
        if (contact == null) {
            throw AtException.business("Contact with id " + contactId + " was not found.");
        }
        if (d.portalPasswords.containsKey(contactId)) {
            throw AtException.business("The contact " + contactId + " already has a client portal user.");
        }
        String userName = string(in, "userName");
        if (userName == null || userName.isBlank() || userName.length() > 200) {
            throw AtException.business("userName must be 1 to 200 characters.");
        }
        String password = string(in, "password");
        if (password == null || password.length() < 5 || password.length() > 50
                || !password.chars().allMatch(c -> c > 32 && c < 127 && c != '\'')) {
            throw AtException.business("password must be 5 to 50 printable characters without spaces or single quotes.");
        }
        int level = portalLevel(in);
        Boolean active = bool(in, "isClientPortalActive");
        cw(() -> SharedWrites.patchContact(d, contactId, Jsons.arr()
                .add(replace("portalSecurityLevel", Jsons.num(PORTAL_LEVEL_TO_CW.get(level))))
                .add(replace("disablePortalLoginFlag", active != null && !active ? JsonValue.TRUE : JsonValue.FALSE))
                .build()));
        d.portalPasswords.put(contactId, password);
        return contactId + AtEntities.PORTAL_USER_OFFSET;
    }

    /**
     * {@code PATCH /ClientPortalUsers} with {@code {"id", ...}}: {@code isClientPortalActive} (the ConnectWise face's
     * {@code disablePortalLoginFlag}), {@code securityLevel} (1-3) and {@code password}; {@code contactID} cannot
     * change. Answers the user's id.
     */
    int patchPortalUser(JsonObject in) {
        Integer id = integer(in, "id");
        if (id == null) {
            throw AtException.business("Missing Required Field: id");
        }
        int contactId = id - AtEntities.PORTAL_USER_OFFSET;
        if (d.contacts.get(contactId) == null || !d.portalPasswords.containsKey(contactId)) {
            throw AtException.business("ClientPortalUser with id " + id + " was not found.");
        }
        Integer contact = integer(in, "contactID");
        if (contact != null && contact != contactId) {
            throw AtException.business("contactID cannot be changed.");
        }
        JsonArrayBuilder ops = Jsons.arr();
        if (in.containsKey("securityLevel")) {
            ops.add(replace("portalSecurityLevel", Jsons.num(PORTAL_LEVEL_TO_CW.get(portalLevel(in)))));
        }
        if (in.containsKey("isClientPortalActive")) {
            Boolean active = bool(in, "isClientPortalActive");
            if (active == null) {
                throw AtException.business("isClientPortalActive must be true or false.");
            }
            ops.add(replace("disablePortalLoginFlag", active ? JsonValue.FALSE : JsonValue.TRUE));
        }
        String password = null;
        if (in.containsKey("password")) {
            password = string(in, "password");
            if (password == null || password.length() < 5 || password.length() > 50
                    || !password.chars().allMatch(c -> c > 32 && c < 127 && c != '\'')) {
                throw AtException.business("password must be 5 to 50 printable characters without spaces or single quotes.");
            }
        }
        JsonArray built = ops.build();
        if (!built.isEmpty()) {
            cw(() -> SharedWrites.patchContact(d, contactId, built));
        }
        if (password != null) {
            d.portalPasswords.put(contactId, password);
        }
        return id;
    }

    private static int portalLevel(JsonObject in) {
        Integer level = integer(in, "securityLevel");
        if (level == null) {
            throw AtException.business("Missing Required Field: securityLevel");
        }
        if (!PORTAL_LEVEL_TO_CW.containsKey(level)) {
            throw AtException.business(level == 4 || level == 5
                    ? "The contact has no Taskfire access, so securityLevel " + level + " cannot be set."
                    : "Value does not exist for picklist: securityLevel");
        }
        return level;
    }

    private static Boolean bool(JsonObject in, String field) {
        JsonValue v = in.get(field);
        if (v == JsonValue.TRUE) {
            return true;
        }
        if (v == JsonValue.FALSE) {
            return false;
        }
        if (v instanceof JsonNumber n) {
            return n.intValue() != 0;
        }
        return null;
    }

    private static JsonObject replace(String path, JsonValue value) {
        return Jsons.obj().add("op", "replace").add("path", path).add("value", value).build();
    }

    // ------------------------------------------------------------------------------------------------ quotes

    /**
     * {@code PATCH /Quotes} with {@code {"id", ...}}: the customer's response fields only ({@code comment},
     * {@code extApprovalContactResponse}, {@code extApprovalResponseDate}, {@code extApprovalResponseSignature}),
     * kept beside the quote and shown on it; other fields are ignored. Answers the quote's id.
     */
    int patchQuote(JsonObject in) {
        Integer id = integer(in, "id");
        if (id == null) {
            throw AtException.business("Missing Required Field: id");
        }
        if (d.opportunities.get(id - AtEntities.QUOTE_OFFSET) == null) {
            throw AtException.business("Quote with id " + id + " was not found.");
        }
        if (in.containsKey("comment") && string(in, "comment") != null && string(in, "comment").length() > 8000) {
            throw AtException.business("comment is longer than 8000 characters.");
        }
        if (in.containsKey("extApprovalContactResponse") && in.get("extApprovalContactResponse") != JsonValue.NULL
                && !(in.get("extApprovalContactResponse") instanceof JsonNumber)) {
            throw AtException.business("extApprovalContactResponse must be a whole number.");
        }
        JsonObjectBuilder kept = Jsons.obj();
        for (String field : List.of("comment", "extApprovalContactResponse", "extApprovalResponseDate",
                "extApprovalResponseSignature")) {
            if (in.containsKey(field)) {
                kept.add(field, in.get(field));
            }
        }
        d.quoteResponses.merge(id, kept.build(), (before, after) -> {
            JsonObjectBuilder merged = Jsons.obj(before);
            after.forEach(merged::add);
            return merged.build();
        });
        return id;
    }

    // ------------------------------------------------------------------------------ change request approvals

    int addChangeApproval(int ticketId, JsonObject in) {
        JsonObject ticket = requireTicket(ticketId);
        Integer parent = integer(in, "ticketID");
        if (parent != null && parent != ticketId) {
            throw AtException.business("The ticketID does not match the parent ticket " + ticketId + ".");
        }
        if (!Integer.valueOf(3).equals(Row.id(ticket, "type"))) {
            throw AtException.business("ticketID must be a ticket with ticketType = Change Request.");
        }
        Integer contactId = integer(in, "contactID");
        Integer resourceId = integer(in, "resourceID");
        if ((contactId == null) == (resourceId == null)) {
            throw AtException.business("A change request approval needs exactly one of contactID and resourceID.");
        }
        if (contactId != null) {
            JsonObject contact = d.contacts.get(contactId);
            if (contact == null || Jsons.flag(contact, "inactiveFlag")
                    || !Row.id(ticket, "company").equals(Row.id(contact, "company"))) {
                throw AtException.business("contactID must be an active contact of the ticket's company.");
            }
        }
        JsonValue approved = in.get("isApproved");
        if (approved != JsonValue.TRUE && approved != JsonValue.FALSE) {
            throw AtException.business("Missing Required Field: isApproved");
        }
        String note = string(in, "approveRejectNote");
        Instant now = SharedWrites.now();
        int id = d.ticketChangeRequestApprovals.nextId();
        Row r = new Row().put("id", id).put("ticketID", ticketId).put("contactID", contactId)
                .put("resourceID", resourceId).put("isApproved", approved)
                .put("approveRejectDateTime", Jsons.iso(now)).put("approveRejectNote", note);
        d.ticketChangeRequestApprovals.put(r.build());
        int status = approved == JsonValue.TRUE ? 6 : 7;
        cw(() -> SharedWrites.patchTicket(d, ticketId, Jsons.arr().add(Jsons.obj().add("op", "replace")
                .add("path", "status").add("value", ref(status))).build()));
        if (note != null && !note.isBlank()) {
            JsonObjectBuilder n = Jsons.obj().add("text", (approved == JsonValue.TRUE ? "Approved: " : "Rejected: ") + note)
                    .add("detailDescriptionFlag", true);
            if (contactId != null) {
                n.add("contact", ref(contactId)).add("customerUpdatedFlag", true);
            }
            cw(() -> SharedWrites.addTicketNote(d, ticketId, n.build()));
        }
        return id;
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private JsonObject requireTicket(int ticketId) {
        JsonObject ticket = d.tickets.get(ticketId);
        if (ticket == null) {
            throw AtException.business("Ticket with id " + ticketId + " was not found.");
        }
        return ticket;
    }

    /** Runs a ConnectWise-rule write; its field errors become one Autotask error each. */
    private static <T> T cw(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (ApiException e) {
            List<String> errors = new ArrayList<>();
            var list = e.body().getJsonArray("errors");
            for (JsonValue v : list) {
                JsonObject fe = v.asJsonObject();
                String field = Jsons.string(fe, "field");
                errors.add((field == null ? "" : atField(field) + ": ") + Jsons.string(fe, "message"));
            }
            if (errors.isEmpty()) {
                errors.add(e.getMessage());
            }
            throw new AtException(500, errors);
        }
    }

    private static final Map<String, String> AT_FIELDS = Map.ofEntries(Map.entry("summary", "title"),
            Map.entry("company", "companyID"), Map.entry("contact", "contactID"), Map.entry("site", "companyLocationID"),
            Map.entry("status", "status"), Map.entry("priority", "priority"), Map.entry("type", "ticketType"),
            Map.entry("subType", "issueType"), Map.entry("item", "subIssueType"), Map.entry("agreement", "contractID"),
            Map.entry("requiredDate", "dueDateTime"), Map.entry("poNumber", "purchaseOrderNumber"),
            Map.entry("externalXRef", "externalID"), Map.entry("text", "description"),
            Map.entry("firstName", "firstName"), Map.entry("lastName", "lastName"));

    private static String atField(String cwField) {
        String top = cwField.contains("/") ? cwField.substring(0, cwField.indexOf('/')) : cwField;
        return AT_FIELDS.getOrDefault(top, cwField);
    }

    private static Integer picklist(JsonObject in, String field, Map<Integer, Integer> toCw) {
        Integer value = integer(in, field);
        Integer cw = value == null ? null : toCw.get(value);
        if (cw == null) {
            throw AtException.business("Value does not exist for picklist: " + field);
        }
        return cw;
    }

    private static Map<Integer, Integer> invert(Map<Integer, Integer> map) {
        Map<Integer, Integer> out = new java.util.HashMap<>();
        map.forEach((k, v) -> out.put(v, k));
        return out;
    }

    private static JsonObject ref(int id) {
        return Jsons.obj().add("id", id).build();
    }

    private static boolean missing(JsonObject in, String field) {
        JsonValue v = in.get(field);
        return v == null || v == JsonValue.NULL || (v instanceof JsonString s && s.getString().isBlank());
    }

    /** An integer field; numeric strings are accepted as Autotask does. */
    static Integer integer(JsonObject in, String field) {
        JsonValue v = in.get(field);
        if (v instanceof JsonNumber n) {
            return n.intValue();
        }
        if (v instanceof JsonString s) {
            try {
                return Integer.valueOf(s.getString().trim());
            } catch (NumberFormatException e) {
                throw AtException.business(field + " must be a whole number.");
            }
        }
        return null;
    }

    private static String string(JsonObject in, String field) {
        JsonValue v = in.get(field);
        return v instanceof JsonString s ? s.getString() : null;
    }
}
