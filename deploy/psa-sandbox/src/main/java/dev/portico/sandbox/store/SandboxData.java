package dev.portico.sandbox.store;

import dev.portico.sandbox.query.ChildSource;
import dev.portico.sandbox.query.FieldCatalog;
import dev.portico.sandbox.query.FieldType;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Everything the sandbox PSA knows: one {@link RecordCollection} per ConnectWise resource, plus the few facts
 * ConnectWise keeps outside the JSON it returns (portal passwords, document bytes and owners, invoice lines).
 * A fresh instance is empty; {@code seed.Seeder} fills it.
 */
public final class SandboxData {

    /** Where a document is attached: {@code recordType} is e.g. {@code Ticket}. */
    public record DocumentLink(String recordType, int recordId) {
    }

    public record InvoiceLine(String description, BigDecimal quantity, BigDecimal unitPrice) {

        public BigDecimal amount() {
            return quantity.multiply(unitPrice);
        }
    }

    /** The instant the data was seeded relative to (midnight UTC of the start day); seeded data lies before it. */
    private final Instant seededAt;

    public final RecordCollection companies = plain("company");
    public final RecordCollection sites = child("site", "company/id");
    public final RecordCollection contacts = collection("contact", new AtomicInteger(), declare(
            "site/id", FieldType.NUMBER, "site/name", FieldType.STRING, "title", FieldType.STRING,
            "defaultFlag", FieldType.BOOLEAN), null, Map.of());
    public final RecordCollection portalSecurityLevels = plain("portalSecurityLevel");
    public final RecordCollection portalSecuritySettings = plain("portalSecuritySetting");
    public final RecordCollection communicationTypes = plain("communicationType");
    /** MSP staff, only used to resolve member references ({@code owner}, {@code member}); not served. */
    public final RecordCollection members = plain("member");

    public final RecordCollection boards = plain("board");
    public final RecordCollection boardStatuses = child("status", "board/id");
    public final RecordCollection boardTypes = child("type", "board/id");
    public final RecordCollection boardSubTypes = child("subType", "board/id");
    public final RecordCollection boardItems = child("item", "board/id");
    public final RecordCollection priorities = plain("priority");
    public final RecordCollection severities = plain("severity");
    public final RecordCollection impacts = plain("impact");
    public final RecordCollection sources = plain("source");

    private final AtomicInteger ticketIds = new AtomicInteger();
    /** Ticket to configuration links ({@code {id, ticketId, configurationId}}), behind {@code /service/tickets/{id}/configurations}. */
    public final RecordCollection ticketConfigurations = child("ticketConfiguration", "ticketId");
    public final RecordCollection configurations = collection("configuration", new AtomicInteger(), declare(
            "contact/id", FieldType.NUMBER, "contact/name", FieldType.STRING,
            "warrantyExpirationDate", FieldType.DATETIME, "purchaseDate", FieldType.DATETIME,
            "installationDate", FieldType.DATETIME, "serialNumber", FieldType.STRING, "modelNumber",
            FieldType.STRING, "tagNumber", FieldType.STRING, "parentConfigurationId", FieldType.NUMBER), null, Map.of());
    public final RecordCollection tickets = collection("ticket", ticketIds, ticketFields()
            .build(), null, Map.of("configurations", new LinkedConfigurations()));
    public final RecordCollection serviceNotes = collection("note", new AtomicInteger(), noteFields(), r -> Jsons.integer(r, "ticketId"), Map.of());
    public final RecordCollection configurationTypes = plain("configurationType");
    public final RecordCollection configurationStatuses = plain("configurationStatus");
    public final RecordCollection documents = plain("document");

    public final RecordCollection opportunities = collection("opportunity", new AtomicInteger(), declare(
            "closedDate", FieldType.DATETIME, "customerPO", FieldType.STRING, "site/id", FieldType.NUMBER),
            null, Map.of());
    public final RecordCollection opportunityStatuses = plain("opportunityStatus");
    public final RecordCollection opportunityNotes = child("opportunityNote", "opportunityId");
    public final RecordCollection forecastItems = child("forecastItem", "opportunity/id");

    public final RecordCollection projects = collection("project", new AtomicInteger(), declare(
            "actualEnd", FieldType.DATETIME, "actualStart", FieldType.DATETIME, "customerPO", FieldType.STRING,
            "site/id", FieldType.NUMBER), null, Map.of());
    public final RecordCollection projectPhases = child("phase", "projectId");
    public final RecordCollection projectTickets = collection("projectTicket", ticketIds, ticketFields()
            .declare("phase/id", FieldType.NUMBER).declare("project/id", FieldType.NUMBER).build(),
            r -> Jsons.refId(r, "project"), Map.of());
    public final RecordCollection projectTicketNotes = collection("note", new AtomicInteger(), noteFields(),
            r -> Jsons.integer(r, "ticketId"), Map.of());

    public final RecordCollection agreements = collection("agreement", new AtomicInteger(), declare(
            "dateCancelled", FieldType.DATETIME, "endDate", FieldType.DATETIME, "site/id", FieldType.NUMBER,
            "parentAgreement/id", FieldType.NUMBER), null, Map.of());
    public final RecordCollection invoices = collection("invoice", new AtomicInteger(), declare(
            "ticket/id", FieldType.NUMBER, "project/id", FieldType.NUMBER, "agreement/id", FieldType.NUMBER,
            "customerPO", FieldType.STRING), null, Map.of());
    public final RecordCollection knowledgeBaseArticles = plain("knowledgeBaseArticle");

    /** Ticket change-request approvals recorded through the Autotask face ({@code TicketChangeRequestApprovalModel}). */
    public final RecordCollection ticketChangeRequestApprovals = child("ticketChangeRequestApproval", "ticketID");

    public final Map<Integer, String> portalPasswords = new ConcurrentHashMap<>();
    /** The customer-response fields written to Autotask quotes ({@code PATCH /Quotes}), by quote id. */
    public final Map<Integer, jakarta.json.JsonObject> quoteResponses = new ConcurrentHashMap<>();
    public final Map<Integer, DocumentLink> documentLinks = new ConcurrentHashMap<>();
    public final Map<Integer, byte[]> documentContent = new ConcurrentHashMap<>();
    public final Map<Integer, List<InvoiceLine>> invoiceLines = new ConcurrentHashMap<>();
    /** Titles of notes written through the Autotask face (ConnectWise notes have none). */
    public final Map<Integer, String> noteTitles = new ConcurrentHashMap<>();
    /** The contact that attached a document through the Autotask face ({@code attachedByContactID}). */
    public final Map<Integer, Integer> attachmentContacts = new ConcurrentHashMap<>();

    public SandboxData(Instant seededAt) {
        this.seededAt = seededAt;
    }

    public Instant seededAt() {
        return seededAt;
    }

    /** After seeding with explicit ids, continues every id sequence after the highest seeded id. */
    public void syncSequences() {
        for (RecordCollection c : all()) {
            c.syncSequence();
        }
    }

    public List<RecordCollection> all() {
        List<RecordCollection> all = new ArrayList<>();
        for (var field : SandboxData.class.getFields()) {
            if (field.getType() == RecordCollection.class) {
                try {
                    all.add((RecordCollection) field.get(this));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return all;
    }

    /** The configurations linked to a ticket, as {@code ConfigurationReference}s, for childConditions. */
    private final class LinkedConfigurations implements ChildSource {

        private final FieldCatalog catalog = FieldCatalog.builder()
                .declare("id", FieldType.NUMBER)
                .declare("deviceIdentifier", FieldType.STRING)
                .declare("name", FieldType.STRING)
                .build();

        @Override
        public List<JsonObject> elements(JsonObject ticket) {
            List<JsonObject> refs = new ArrayList<>();
            for (JsonObject link : ticketConfigurations.childrenOf(Jsons.integer(ticket, "id"))) {
                JsonObject configuration = configurations.get(Jsons.integer(link, "configurationId"));
                if (configuration != null) {
                    refs.add(Jsons.obj().add("id", Jsons.integer(configuration, "id"))
                            .add("deviceIdentifier", String.valueOf(Jsons.string(configuration, "deviceIdentifier")))
                            .add("name", Jsons.string(configuration, "name")).build());
                }
            }
            return refs;
        }

        @Override
        public FieldCatalog catalog() {
            return catalog;
        }
    }

    private static FieldCatalog.Builder ticketFields() {
        return declare("parentTicketId", FieldType.NUMBER, "closedDate", FieldType.DATETIME,
                "closedBy", FieldType.STRING, "requiredDate", FieldType.DATETIME, "dateResolved", FieldType.DATETIME,
                "dateResponded", FieldType.DATETIME, "externalXRef", FieldType.STRING, "poNumber", FieldType.STRING,
                "site/id", FieldType.NUMBER, "site/name", FieldType.STRING, "contact/id", FieldType.NUMBER,
                "contact/name", FieldType.STRING, "agreement/id", FieldType.NUMBER, "opportunity/id", FieldType.NUMBER,
                "owner/id", FieldType.NUMBER, "owner/identifier", FieldType.STRING, "subType/id", FieldType.NUMBER,
                "subType/name", FieldType.STRING, "item/id", FieldType.NUMBER, "item/name", FieldType.STRING,
                "source/id", FieldType.NUMBER, "source/name", FieldType.STRING, "budgetHours", FieldType.NUMBER,
                "actualHours", FieldType.NUMBER, "approved", FieldType.BOOLEAN, "customerUpdatedFlag",
                FieldType.BOOLEAN, "allowAllClientsPortalView", FieldType.BOOLEAN, "closedFlag", FieldType.BOOLEAN,
                "hasChildTicket", FieldType.BOOLEAN, "contactEmailAddress", FieldType.STRING, "siteName",
                FieldType.STRING, "severity", FieldType.STRING, "impact", FieldType.STRING);
    }

    private static FieldCatalog noteFields() {
        return declare("contact/id", FieldType.NUMBER, "contact/name", FieldType.STRING, "member/id",
                FieldType.NUMBER, "member/identifier", FieldType.STRING, "member/name", FieldType.STRING,
                "detailDescriptionFlag", FieldType.BOOLEAN, "internalAnalysisFlag", FieldType.BOOLEAN,
                "resolutionFlag", FieldType.BOOLEAN, "issueFlag", FieldType.BOOLEAN, "internalFlag",
                FieldType.BOOLEAN, "externalFlag", FieldType.BOOLEAN, "customerUpdatedFlag", FieldType.BOOLEAN,
                "dateCreated", FieldType.DATETIME, "text", FieldType.STRING).build();
    }

    private static FieldCatalog.Builder declare(Object... pathTypePairs) {
        FieldCatalog.Builder b = FieldCatalog.builder().declare("id", FieldType.NUMBER)
                .declare("_info/dateEntered", FieldType.DATETIME)
                .declare("_info/lastUpdated", FieldType.DATETIME);
        for (int i = 0; i < pathTypePairs.length; i += 2) {
            b.declare((String) pathTypePairs[i], (FieldType) pathTypePairs[i + 1]);
        }
        return b;
    }

    private static RecordCollection plain(String resource) {
        return collection(resource, new AtomicInteger(), declare().build(), null, Map.of());
    }

    private static RecordCollection child(String resource, String parentPath) {
        Function<JsonObject, Integer> parentOf = r -> {
            var v = Jsons.at(r, parentPath);
            return v instanceof JsonNumber n ? n.intValue() : null;
        };
        return collection(resource, new AtomicInteger(), declare().build(), parentOf, Map.of());
    }

    private static RecordCollection collection(String resource, AtomicInteger ids, Object declared,
                                               Function<JsonObject, Integer> parentOf, Map<String, ChildSource> children) {
        FieldCatalog catalog = declared instanceof FieldCatalog.Builder b ? b.build() : (FieldCatalog) declared;
        return new RecordCollection(resource, ids, catalog, parentOf, children);
    }
}
