package dev.portico.sandbox.api;

import java.util.Set;

/**
 * The top-level field names of the ConnectWise 2025.1 schemas the sandbox accepts in request bodies. Fields a
 * client sends outside these sets are dropped, so stored records only ever carry ConnectWise names.
 */
final class WritableFields {

    static final Set<String> TICKET = Set.of(
            "id", "summary", "recordType", "board", "status", "workRole",
            "workType", "company", "site", "siteName", "addressLine1", "addressLine2",
            "city", "stateIdentifier", "zip", "country", "contact", "contactName",
            "contactPhoneNumber", "contactPhoneExtension", "contactEmailAddress", "type", "subType", "item",
            "team", "owner", "priority", "serviceLocation", "source", "requiredDate",
            "budgetHours", "opportunity", "agreement", "agreementType", "severity", "impact",
            "externalXRef", "poNumber", "knowledgeBaseCategoryId", "knowledgeBaseSubCategoryId", "allowAllClientsPortalView", "customerUpdatedFlag",
            "automaticEmailContactFlag", "automaticEmailResourceFlag", "automaticEmailCcFlag", "automaticEmailCc", "initialDescription", "initialInternalAnalysis",
            "initialResolution", "initialDescriptionFrom", "contactEmailLookup", "processNotifications", "skipCallback", "closedDate",
            "closedBy", "closedFlag", "actualHours", "approved", "estimatedExpenseCost", "estimatedExpenseRevenue",
            "estimatedProductCost", "estimatedProductRevenue", "estimatedTimeCost", "estimatedTimeRevenue", "billingMethod", "billingAmount",
            "hourlyRate", "subBillingMethod", "subBillingAmount", "subDateAccepted", "dateResolved", "dateResplan",
            "dateResponded", "resolveMinutes", "resPlanMinutes", "respondMinutes", "isInSla", "knowledgeBaseLinkId",
            "resources", "parentTicketId", "hasChildTicket", "hasMergedChildTicketFlag", "knowledgeBaseLinkType", "billTime",
            "billExpenses", "billProducts", "predecessorType", "predecessorId", "predecessorClosedFlag", "lagDays",
            "lagNonworkingDaysFlag", "estimatedStartDate", "duration", "location", "department", "mobileGuid",
            "sla", "slaStatus", "requestForChangeFlag", "currency", "mergedParentTicket", "integratorTags",
            "_info", "escalationStartDateUTC", "escalationLevel", "minutesBeforeWaiting", "respondedSkippedMinutes", "resplanSkippedMinutes",
            "respondedHours", "respondedBy", "resplanHours", "resplanBy", "resolutionHours", "resolvedBy",
            "minutesWaiting", "customFields");

    static final Set<String> PROJECT_TICKET = Set.of(
            "id", "summary", "isIssueFlag", "board", "status", "workRole",
            "workType", "project", "phase", "wbsCode", "company", "site",
            "siteName", "addressLine1", "addressLine2", "city", "stateIdentifier", "zip",
            "country", "contact", "contactName", "contactPhoneNumber", "contactPhoneExtension", "contactEmailAddress",
            "type", "subType", "item", "owner", "priority", "serviceLocation",
            "source", "requiredDate", "budgetHours", "opportunity", "agreement", "agreementType",
            "knowledgeBaseCategoryId", "knowledgeBaseSubCategoryId", "knowledgeBaseLinkId", "knowledgeBaseLinkType", "allowAllClientsPortalView", "customerUpdatedFlag",
            "automaticEmailContactFlag", "automaticEmailResourceFlag", "automaticEmailCcFlag", "automaticEmailCc", "closedDate", "closedBy",
            "closedFlag", "actualHours", "approved", "subBillingMethod", "subBillingAmount", "subDateAccepted",
            "resources", "billTime", "billExpenses", "billProducts", "predecessorType", "predecessorId",
            "predecessorClosedFlag", "lagDays", "lagNonworkingDaysFlag", "estimatedStartDate", "location", "department",
            "duration", "scheduleStartDate", "scheduleEndDate", "mobileGuid", "currency", "_info",
            "tasks", "initialDescription", "initialInternalAnalysis", "initialResolution", "contactEmailLookup", "processNotifications",
            "skipCallback", "customFields");

    static final Set<String> SERVICE_NOTE = Set.of(
            "id", "ticketId", "text", "detailDescriptionFlag", "internalAnalysisFlag", "resolutionFlag",
            "issueFlag", "member", "contact", "customerUpdatedFlag", "processNotifications", "dateCreated",
            "createdBy", "internalFlag", "externalFlag", "sentimentScore", "_info");

    static final Set<String> TICKET_NOTE = Set.of(
            "id", "ticketId", "text", "detailDescriptionFlag", "internalAnalysisFlag", "resolutionFlag",
            "issueFlag", "member", "contact", "customerUpdatedFlag", "processNotifications", "internalFlag",
            "externalFlag", "_info");

    static final Set<String> CONTACT = Set.of(
            "id", "firstName", "lastName", "company", "site", "addressLine1",
            "addressLine2", "city", "state", "zip", "country", "relationship",
            "relationshipOverride", "department", "inactiveFlag", "defaultMergeContactId", "securityIdentifier", "managerContact",
            "assistantContact", "title", "school", "nickName", "marriedFlag", "childrenFlag",
            "children", "significantOther", "portalPassword", "portalSecurityLevel", "disablePortalLoginFlag", "unsubscribeFlag",
            "gender", "birthDay", "anniversary", "presence", "mobileGuid", "facebookUrl",
            "twitterUrl", "linkedInUrl", "defaultPhoneType", "defaultPhoneNbr", "defaultPhoneExtension", "defaultBillingFlag",
            "defaultFlag", "userDefinedField1", "userDefinedField2", "userDefinedField3", "userDefinedField4", "userDefinedField5",
            "userDefinedField6", "userDefinedField7", "userDefinedField8", "userDefinedField9", "userDefinedField10", "companyLocation",
            "communicationItems", "types", "integratorTags", "customFields", "photo", "ignoreDuplicates",
            "_info", "typeIds");

    static final Set<String> CONTACT_COMMUNICATION = Set.of(
            "id", "contactId", "type", "value", "extension", "defaultFlag",
            "mobileGuid", "communicationType", "domain", "_info");

    static final Set<String> OPPORTUNITY = Set.of(
            "id", "name", "expectedCloseDate", "type", "stage", "status",
            "priority", "notes", "probability", "source", "rating", "campaign",
            "primarySalesRep", "secondarySalesRep", "locationId", "businessUnitId", "company", "contact",
            "site", "customerPO", "pipelineChangeDate", "dateBecameLead", "closedDate", "closedBy",
            "totalSalesTax", "shipToCompany", "shipToContact", "shipToSite", "billToCompany", "billToContact",
            "billToSite", "billingTerms", "taxCode", "currency", "companyLocationId", "technicalContact",
            "_info", "customFields");

    static final Set<String> OPPORTUNITY_NOTE = Set.of(
            "id", "opportunityId", "type", "text", "flagged", "enteredBy",
            "mobileGuid", "_info");

    private WritableFields() {
    }
}
