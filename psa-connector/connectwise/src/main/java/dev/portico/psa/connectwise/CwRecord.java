package dev.portico.psa.connectwise;

import static dev.portico.psa.connectwise.CwField.BOOLEAN;
import static dev.portico.psa.connectwise.CwField.DATETIME;
import static dev.portico.psa.connectwise.CwField.NUMBER;
import static dev.portico.psa.connectwise.CwField.TEXT;
import static java.util.Map.entry;

import java.util.Map;

/**
 * The ConnectWise record types the adapter queries, each with the only fields that {@link Conditions}
 * and {@code orderBy} may name. A field that is not listed here cannot be queried at all.
 */
public enum CwRecord {
    TICKET(Map.ofEntries(entry("id", NUMBER), entry("summary", TEXT), entry("company/id", NUMBER),
            entry("contact/id", NUMBER), entry("contact/name", TEXT), entry("site/id", NUMBER),
            entry("site/name", TEXT), entry("status/id", NUMBER), entry("status/name", TEXT),
            entry("closedFlag", BOOLEAN), entry("board/id", NUMBER), entry("type/id", NUMBER),
            entry("type/name", TEXT), entry("subType/id", NUMBER), entry("priority/id", NUMBER),
            entry("priority/name", TEXT), entry("dateEntered", DATETIME), entry("_info/dateEntered", DATETIME),
            entry("lastUpdated", DATETIME), entry("_info/lastUpdated", DATETIME), entry("closedDate", DATETIME),
            entry("requiredDate", DATETIME), entry("externalXRef", TEXT), entry("poNumber", TEXT))),
    TICKET_CONFIGURATION(Map.of("configurations/id", NUMBER)),
    SERVICE_NOTE(Map.of("id", NUMBER, "detailDescriptionFlag", BOOLEAN, "resolutionFlag", BOOLEAN,
            "internalAnalysisFlag", BOOLEAN)),
    DOCUMENT(Map.of("id", NUMBER, "publicFlag", BOOLEAN)),
    BOARD(Map.of("id", NUMBER, "name", TEXT, "inactiveFlag", BOOLEAN)),
    OPPORTUNITY(Map.of("id", NUMBER, "company/id", NUMBER, "contact/id", NUMBER, "status/id", NUMBER,
            "status/name", TEXT, "name", TEXT, "expectedCloseDate", DATETIME, "_info/dateEntered", DATETIME)),
    PROJECT(Map.of("id", NUMBER, "company/id", NUMBER, "contact/id", NUMBER, "name", TEXT, "closedFlag", BOOLEAN,
            "doNotDisplayInPortalFlag", BOOLEAN, "estimatedStart", DATETIME, "_info/dateEntered", DATETIME)),
    PROJECT_TICKET(Map.of("id", NUMBER, "company/id", NUMBER, "project/id", NUMBER, "closedFlag", BOOLEAN,
            "wbsCode", TEXT)),
    CONFIGURATION(Map.ofEntries(entry("id", NUMBER), entry("company/id", NUMBER), entry("site/id", NUMBER),
            entry("site/name", TEXT), entry("contact/id", NUMBER), entry("contact/name", TEXT), entry("name", TEXT),
            entry("activeFlag", BOOLEAN), entry("status/id", NUMBER), entry("status/name", TEXT),
            entry("type/id", NUMBER), entry("type/name", TEXT), entry("warrantyExpirationDate", DATETIME),
            entry("serialNumber", TEXT), entry("modelNumber", TEXT), entry("tagNumber", TEXT))),
    AGREEMENT(Map.of("id", NUMBER, "company/id", NUMBER, "name", TEXT, "agreementStatus", TEXT,
            "cancelledFlag", BOOLEAN)),
    INVOICE(Map.of("id", NUMBER, "company/id", NUMBER, "invoiceNumber", TEXT, "date", DATETIME,
            "balance", NUMBER)),
    CONTACT(Map.of("id", NUMBER, "company/id", NUMBER, "site/id", NUMBER, "firstName", TEXT, "lastName", TEXT,
            "inactiveFlag", BOOLEAN, "disablePortalLoginFlag", BOOLEAN)),
    /** A contact's communication items, as {@code childConditions} of a contact list. */
    CONTACT_COMMUNICATION(Map.of("communicationItems/value", TEXT, "communicationItems/communicationType", TEXT)),
    KNOWLEDGE_ARTICLE(Map.of("id", NUMBER, "title", TEXT, "categoryId", NUMBER, "dateCreated", DATETIME)),
    SITE(Map.of("id", NUMBER, "name", TEXT, "inactiveFlag", BOOLEAN));

    private final Map<String, CwField> fields;

    CwRecord(Map<String, CwField> fields) {
        this.fields = fields;
    }

    boolean has(String field) {
        return fields.containsKey(field);
    }

    CwField type(String field) {
        CwField type = fields.get(field);
        if (type == null) {
            throw new IllegalArgumentException(field + " is not a queryable field of " + this);
        }
        return type;
    }
}
