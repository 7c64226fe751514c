package dev.portico.psa.autotask.query;

import static dev.portico.psa.autotask.query.AtFieldType.BOOLEAN;
import static dev.portico.psa.autotask.query.AtFieldType.DATETIME;
import static dev.portico.psa.autotask.query.AtFieldType.NUMBER;
import static dev.portico.psa.autotask.query.AtFieldType.TEXT;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Autotask entities the adapter reads, each with the only fields a filter may name (the whitelist) and the
 * field that carries the owning company, if any. The path segment is the entity's REST name
 * ({@code /V1.0/Tickets/query}).
 */
public enum AtEntity {
    TICKETS("Tickets", "companyID", "companyLocationID", fields(
            "id", NUMBER, "ticketNumber", TEXT, "title", TEXT, "description", TEXT, "status", NUMBER,
            "priority", NUMBER, "companyID", NUMBER, "companyLocationID", NUMBER, "contactID", NUMBER,
            "configurationItemID", NUMBER, "queueID", NUMBER, "ticketType", NUMBER, "ticketCategory", NUMBER,
            "issueType", NUMBER, "subIssueType", NUMBER, "source", NUMBER, "createDate", DATETIME,
            "completedDate", DATETIME, "dueDateTime", DATETIME, "lastActivityDate", DATETIME, "externalID", TEXT,
            "purchaseOrderNumber", TEXT, "projectID", NUMBER, "changeApprovalStatus", NUMBER)),
    TICKET_NOTES("TicketNotes", null, null, fields(
            "id", NUMBER, "ticketID", NUMBER, "publish", NUMBER, "noteType", NUMBER, "createDateTime", DATETIME,
            "createdByContactID", NUMBER)),
    TICKET_ATTACHMENTS("TicketAttachments", null, null, fields(
            "id", NUMBER, "parentID", NUMBER, "publish", NUMBER, "attachDate", DATETIME)),
    TICKET_CHANGE_REQUEST_APPROVALS("TicketChangeRequestApprovals", null, null, fields(
            "id", NUMBER, "ticketID", NUMBER, "contactID", NUMBER)),
    COMPANIES("Companies", "id", null, fields("id", NUMBER, "isActive", BOOLEAN)),
    COMPANY_LOCATIONS("CompanyLocations", "companyID", "id", fields(
            "id", NUMBER, "companyID", NUMBER, "isActive", BOOLEAN, "name", TEXT)),
    CONTACTS("Contacts", "companyID", "companyLocationID", fields(
            "id", NUMBER, "companyID", NUMBER, "companyLocationID", NUMBER, "isActive", NUMBER,
            "emailAddress", TEXT, "emailAddress2", TEXT, "emailAddress3", TEXT, "firstName", TEXT,
            "lastName", TEXT)),
    CLIENT_PORTAL_USERS("ClientPortalUsers", null, null, fields(
            "id", NUMBER, "contactID", NUMBER, "isClientPortalActive", BOOLEAN)),
    RESOURCES("Resources", null, null, fields("id", NUMBER)),
    CONFIGURATION_ITEMS("ConfigurationItems", "companyID", "companyLocationID", fields(
            "id", NUMBER, "companyID", NUMBER, "companyLocationID", NUMBER, "isActive", BOOLEAN,
            "referenceTitle", TEXT, "serialNumber", TEXT, "referenceNumber", TEXT, "configurationItemType", NUMBER, "productID", NUMBER,
            "contactID", NUMBER, "installDate", DATETIME, "warrantyExpirationDate", DATETIME)),
    PROJECTS("Projects", "companyID", null, fields(
            "id", NUMBER, "companyID", NUMBER, "status", NUMBER, "projectName", TEXT, "startDateTime", DATETIME)),
    PHASES("Phases", null, null, fields("id", NUMBER, "projectID", NUMBER)),
    TASKS("Tasks", null, null, fields(
            "id", NUMBER, "projectID", NUMBER, "phaseID", NUMBER, "isVisibleInClientPortal", BOOLEAN)),
    OPPORTUNITIES("Opportunities", "companyID", null, fields(
            "id", NUMBER, "companyID", NUMBER, "status", NUMBER, "stage", NUMBER)),
    QUOTES("Quotes", "companyID", null, fields(
            "id", NUMBER, "companyID", NUMBER, "opportunityID", NUMBER, "isActive", BOOLEAN,
            "primaryQuote", BOOLEAN, "approvalStatus", NUMBER, "name", TEXT)),
    QUOTE_ITEMS("QuoteItems", null, null, fields("id", NUMBER, "quoteID", NUMBER)),
    CONTRACTS("Contracts", "companyID", null, fields(
            "id", NUMBER, "companyID", NUMBER, "status", NUMBER, "endDate", DATETIME, "startDate", DATETIME)),
    INVOICES("Invoices", "companyID", null, fields(
            "id", NUMBER, "companyID", NUMBER, "invoiceNumber", TEXT, "invoiceDateTime", DATETIME,
            "isVoided", BOOLEAN, "paidDate", DATETIME)),
    ARTICLE_PLAIN_TEXT_CONTENT("ArticlePlainTextContent", null, null, fields("id", NUMBER)),
    KNOWLEDGE_BASE_ARTICLES("KnowledgeBaseArticles", null, null, fields(
            "id", NUMBER, "isActive", BOOLEAN, "publish", NUMBER, "title", TEXT, "articleCategoryID", NUMBER));

    private final String path;
    private final String companyField;
    private final String siteField;
    private final Map<String, AtFieldType> fields;

    AtEntity(String path, String companyField, String siteField, Map<String, AtFieldType> fields) {
        this.path = path;
        this.companyField = companyField;
        this.siteField = siteField;
        this.fields = Collections.unmodifiableMap(fields);
    }

    /** The entity's REST name, e.g. {@code Tickets}. */
    public String path() {
        return path;
    }

    /** The field holding the owning company ({@code companyID}), empty for child entities. */
    public Optional<String> companyField() {
        return Optional.ofNullable(companyField);
    }

    /** The field holding the site ({@code companyLocationID}), empty where records have no site. */
    public Optional<String> siteField() {
        return Optional.ofNullable(siteField);
    }

    /** The whitelisted type of {@code field}; empty when a filter may not name it. */
    public Optional<AtFieldType> type(String field) {
        return Optional.ofNullable(fields.get(field));
    }

    public Map<String, AtFieldType> fields() {
        return fields;
    }

    private static Map<String, AtFieldType> fields(Object... pairs) {
        Map<String, AtFieldType> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (AtFieldType) pairs[i + 1]);
        }
        return map;
    }
}
