package dev.portico.sandbox.autotask;

import static dev.portico.sandbox.autotask.Row.decimal;
import static dev.portico.sandbox.autotask.Row.id;
import static dev.portico.sandbox.autotask.Row.info;
import static dev.portico.sandbox.autotask.Row.text;

import dev.portico.sandbox.store.Jsons;
import dev.portico.sandbox.store.SandboxData;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Autotask entities of the sandbox and their views over the seeded records. Field names are those of the
 * Autotask swagger models ({@code TicketModel}, {@code TicketNoteModel}, ...); a test checks them against the
 * published document.
 */
public final class AtEntities {

    /** Autotask ClientPortalUsers ids are the contact id plus this. */
    static final int PORTAL_USER_OFFSET = 9000;
    /** Autotask Quotes (one per opportunity) have the opportunity id plus this. */
    static final int QUOTE_OFFSET = 1000;

    private static final Map<String, AtEntity> BY_NAME = new LinkedHashMap<>();

    static {
        add(new AtEntity("Tickets", "Ticket", fields("id ticketNumber title description status priority queueID "
                + "issueType subIssueType ticketType ticketCategory source companyID companyLocationID contactID "
                + "createdByContactID assignedResourceID configurationItemID contractID createDate lastActivityDate "
                + "completedDate resolvedDateTime firstResponseDateTime dueDateTime externalID purchaseOrderNumber "
                + "resolution estimatedHours changeApprovalStatus changeApprovalType serviceLevelAgreementHasBeenMet"),
                d -> d.tickets, 0, AtEntities::ticket));
        add(new AtEntity("TicketNotes", "TicketNote", fields("id ticketID title description noteType publish "
                + "createDateTime lastActivityDate createdByContactID creatorResourceID"),
                d -> d.serviceNotes, 0, AtEntities::note));
        add(new AtEntity("TicketAttachments", "TicketAttachment", fields("id parentID ticketID parentType title "
                + "fullPath contentType fileSize attachDate publish attachmentType attachedByContactID "
                + "attachedByResourceID creatorType"), d -> d.documents, 0, AtEntities::attachment));
        add(new AtEntity("TicketChangeRequestApprovals", "TicketChangeRequestApproval", fields("id ticketID "
                + "contactID resourceID isApproved approveRejectDateTime approveRejectNote"),
                d -> d.ticketChangeRequestApprovals, 0, (d, r) -> r));
        add(new AtEntity("Companies", "Company", fields("id companyName companyNumber companyType isActive "
                + "isClientPortalActive phone address1 city state postalCode countryID webAddress parentCompanyID "
                + "createDate lastActivityDate"), d -> d.companies, 0, AtEntities::company));
        add(new AtEntity("CompanyLocations", "CompanyLocation", fields("id companyID name address1 city state "
                + "postalCode countryID phone isPrimary isActive"), d -> d.sites, 0, AtEntities::location));
        add(new AtEntity("Contacts", "Contact", fields("id companyID companyLocationID firstName lastName title "
                + "emailAddress emailAddress2 emailAddress3 phone mobilePhone alternatePhone faxNumber isActive "
                + "primaryContact receivesEmailNotifications createDate "
                + "lastActivityDate lastModifiedDate"), d -> d.contacts, 0, AtEntities::contact));
        add(new AtEntity("ClientPortalUsers", "ClientPortalUser", fields("id contactID userName securityLevel "
                + "isClientPortalActive dateFormat numberFormat timeFormat"), d -> d.contacts, PORTAL_USER_OFFSET,
                AtEntities::portalUser));
        add(new AtEntity("ConfigurationItems", "ConfigurationItem", fields("id companyID companyLocationID "
                + "contactID configurationItemType configurationItemCategoryID productID referenceTitle "
                + "referenceNumber serialNumber installDate warrantyExpirationDate isActive location notes "
                + "parentConfigurationItemID createDate lastModifiedTime"), d -> d.configurations, 0,
                AtEntities::configurationItem));
        add(new AtEntity("Opportunities", "Opportunity", fields("id title companyID contactID ownerResourceID "
                + "status stage probability amount cost projectedCloseDate closedDate description createDate "
                + "lastActivity useQuoteTotals"), d -> d.opportunities, 0, AtEntities::opportunity));
        add(new AtEntity("Quotes", "Quote", fields("id name quoteNumber opportunityID companyID contactID "
                + "effectiveDate expirationDate isActive primaryQuote description createDate lastActivityDate "
                + "lastPublishedDateTime comment extApprovalContactResponse extApprovalResponseDate "
                + "extApprovalResponseSignature"),
                d -> d.opportunities, QUOTE_OFFSET, AtEntities::quote));
        add(new AtEntity("QuoteItems", "QuoteItem", fields("id quoteID name description quantity unitPrice unitCost "
                + "unitDiscount lineDiscount percentageDiscount isOptional isTaxable quoteItemType periodType "
                + "sortOrderID"), d -> d.forecastItems, 0, AtEntities::quoteItem));
        add(new AtEntity("Projects", "Project", fields("id projectName projectNumber companyID status statusDetail "
                + "startDateTime endDateTime completedDateTime completedPercentage description estimatedTime "
                + "actualHours projectLeadResourceID projectType createDateTime lastActivityDateTime"),
                d -> d.projects, 0, AtEntities::project));
        add(new AtEntity("Phases", "Phase", fields("id projectID title description phaseNumber startDate dueDate "
                + "estimatedHours createDate lastActivityDateTime"), d -> d.projectPhases, 0, AtEntities::phase));
        add(new AtEntity("Tasks", "Task", fields("id projectID phaseID title description taskNumber status priority "
                + "assignedResourceID startDateTime endDateTime completedDateTime estimatedHours createDateTime "
                + "lastActivityDateTime isVisibleInClientPortal canClientPortalUserCompleteTask taskType"),
                d -> d.projectTickets, 0, AtEntities::task));
        add(new AtEntity("Contracts", "Contract", fields("id contractName contractNumber companyID contactID "
                + "contractType contractCategory status startDate endDate purchaseOrderNumber isDefaultContract "
                + "estimatedRevenue"), d -> d.agreements, 0, AtEntities::contract));
        add(new AtEntity("Invoices", "Invoice", fields("id invoiceNumber companyID invoiceDateTime dueDate "
                + "invoiceTotal totalTaxValue paidDate isVoided comments orderNumber createDateTime"),
                d -> d.invoices, 0, AtEntities::invoice));
        add(new AtEntity("KnowledgeBaseArticles", "KnowledgeBaseArticle", fields("id title articleCategoryID "
                + "isActive keywords publish createdDateTime lastModifiedDateTime"), d -> d.knowledgeBaseArticles, 0,
                AtEntities::article));
        add(new AtEntity("Resources", "Resource", fields("id firstName lastName userName email isActive"),
                d -> d.members, 0, AtEntities::resource));
        add(new AtEntity("ArticlePlainTextContent", "ArticlePlainTextContent", fields("id contentData"),
                d -> d.knowledgeBaseArticles, 0, AtEntities::articleContent));
    }

    private AtEntities() {
    }

    private static void add(AtEntity e) {
        BY_NAME.put(e.name().toLowerCase(Locale.ROOT), e);
    }

    private static List<String> fields(String names) {
        return List.copyOf(Arrays.asList(names.trim().split("\\s+")));
    }

    /** The entity for a path name in any case, or null. */
    public static AtEntity byName(String name) {
        return name == null ? null : BY_NAME.get(name.toLowerCase(Locale.ROOT));
    }

    public static List<AtEntity> all() {
        return List.copyOf(BY_NAME.values());
    }

    // ------------------------------------------------------------------------------------------------ tickets

    /** {@code T20240101.0001}: the creation date and the ticket's place in the id sequence. */
    static String ticketNumber(JsonObject t) {
        String created = info(t, "dateEntered");
        String day = created == null ? "00000000" : created.substring(0, 10).replace("-", "");
        return String.format("T%s.%04d", day, t.getInt("id") % 10000);
    }

    static JsonObject ticket(SandboxData d, JsonObject t) {
        int id = t.getInt("id");
        Integer cwType = id(t, "type");
        Integer ticketType = cwType == null ? null : AtPicklists.TICKET_TYPE_FROM_CW.get(cwType);
        Integer issueType = id(t, "subType");
        Integer item = id(t, "item");
        Integer source = id(t, "source");
        String description = null;
        String resolution = null;
        for (JsonObject n : d.serviceNotes.childrenOf(id)) {
            if (description == null && Jsons.flag(n, "detailDescriptionFlag")) {
                description = Jsons.string(n, "text");
            }
            if (Jsons.flag(n, "resolutionFlag")) {
                resolution = Jsons.string(n, "text");
            }
        }
        Integer configuration = d.ticketConfigurations.childrenOf(id).stream()
                .map(l -> Jsons.integer(l, "configurationId")).findFirst().orElse(null);
        Integer cwStatus = id(t, "status");
        boolean change = Integer.valueOf(AtPicklists.CHANGE_REQUEST).equals(ticketType);
        Row r = new Row().put("id", id).put("ticketNumber", ticketNumber(t)).put("title", text(t, "summary"))
                .put("description", description)
                .put("status", cwStatus == null ? null : AtPicklists.STATUS_FROM_CW.get(cwStatus))
                .put("priority", id(t, "priority") == null ? null : AtPicklists.PRIORITY_FROM_CW.get(id(t, "priority")))
                .put("queueID", source != null && source == 3 ? AtPicklists.QUEUE_CLIENT_PORTAL
                        : AtPicklists.QUEUE_HELP_DESK)
                .put("issueType", issueType)
                .put("subIssueType", issueType != null && item != null ? issueType * 100 + item : null)
                .put("ticketType", ticketType)
                .put("ticketCategory", change ? AtPicklists.CATEGORY_CHANGE : AtPicklists.CATEGORY_STANDARD)
                .put("source", source == null ? null : AtPicklists.SOURCE_FROM_CW.get(source))
                .put("companyID", id(t, "company")).put("companyLocationID", id(t, "site"))
                .put("contactID", id(t, "contact"))
                .put("createdByContactID", "Portal".equals(info(t, "enteredBy")) ? id(t, "contact") : null)
                .put("assignedResourceID", id(t, "owner")).put("configurationItemID", configuration)
                .put("contractID", id(t, "agreement")).put("createDate", info(t, "dateEntered"))
                .put("lastActivityDate", info(t, "lastUpdated")).put("completedDate", text(t, "closedDate"))
                .put("resolvedDateTime", text(t, "dateResolved"))
                .put("firstResponseDateTime", text(t, "dateResponded")).put("dueDateTime", text(t, "requiredDate"))
                .put("externalID", text(t, "externalXRef")).put("purchaseOrderNumber", text(t, "poNumber"))
                .put("resolution", resolution).put("estimatedHours", decimal(t, "budgetHours"))
                .put("serviceLevelAgreementHasBeenMet", t.get("isInSla"));
        if (change) {
            int approval = switch (cwStatus == null ? 0 : cwStatus) {
                case 5 -> 3;
                case 6 -> 5;
                case 7 -> 6;
                default -> 1;
            };
            r.put("changeApprovalStatus", approval).put("changeApprovalType", 2);
        }
        return r.build();
    }

    static JsonObject note(SandboxData d, JsonObject n) {
        boolean internal = Jsons.flag(n, "internalAnalysisFlag");
        Integer contact = id(n, "contact");
        String title = d.noteTitles.get(n.getInt("id"));
        if (title == null) {
            title = Jsons.flag(n, "resolutionFlag") ? "Resolution" : internal ? "Internal note"
                    : contact != null ? "Reply from customer" : "Update";
        }
        return new Row().put("id", n.getInt("id")).put("ticketID", Jsons.integer(n, "ticketId")).put("title", title)
                .put("description", Jsons.string(n, "text"))
                .put("noteType", contact != null ? AtPicklists.NOTE_TYPE_CLIENT_PORTAL : AtPicklists.NOTE_TYPE_TASK_NOTES)
                .put("publish", internal ? AtPicklists.PUBLISH_INTERNAL : AtPicklists.PUBLISH_ALL)
                .put("createDateTime", Jsons.string(n, "dateCreated") != null ? Jsons.string(n, "dateCreated")
                        : info(n, "dateEntered"))
                .put("lastActivityDate", info(n, "lastUpdated")).put("createdByContactID", contact)
                .put("creatorResourceID", contact == null ? id(n, "member") : null).build();
    }

    static JsonObject attachment(SandboxData d, JsonObject doc) {
        SandboxData.DocumentLink link = d.documentLinks.get(doc.getInt("id"));
        if (link == null || !"Ticket".equals(link.recordType())) {
            return null;
        }
        String fileName = Jsons.string(doc, "fileName");
        Integer contact = d.attachmentContacts.get(doc.getInt("id"));
        return new Row().put("id", doc.getInt("id")).put("parentID", link.recordId()).put("ticketID", link.recordId())
                .put("parentType", 4).put("title", Jsons.string(doc, "title")).put("fullPath", fileName)
                .put("contentType", contentType(fileName)).put("fileSize", Jsons.integer(doc, "size"))
                .put("attachDate", Jsons.string(doc, "createdOnDate"))
                .put("publish", Jsons.flag(doc, "publicFlag") ? AtPicklists.PUBLISH_ALL : AtPicklists.PUBLISH_INTERNAL)
                .put("attachmentType", "FILE_ATTACHMENT").put("attachedByContactID", contact)
                .put("attachedByResourceID", contact == null ? 16 : null).put("creatorType", contact == null ? 1 : 2)
                .build();
    }

    static String contentType(String fileName) {
        String f = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (f.endsWith(".png")) {
            return "image/png";
        }
        if (f.endsWith(".jpg") || f.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (f.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (f.endsWith(".txt") || f.endsWith(".log")) {
            return "text/plain";
        }
        return "application/octet-stream";
    }

    // ------------------------------------------------------------------------------------ companies and contacts

    static JsonObject company(SandboxData d, JsonObject c) {
        return new Row().put("id", c.getInt("id")).put("companyName", text(c, "name"))
                .put("companyNumber", text(c, "identifier")).put("companyType", 1)
                .put("isActive", "Active".equals(text(c, "status"))).put("isClientPortalActive", true)
                .put("phone", text(c, "phoneNumber")).put("address1", text(c, "addressLine1"))
                .put("city", text(c, "city")).put("state", text(c, "state")).put("postalCode", text(c, "zip"))
                .put("countryID", 237).put("webAddress", text(c, "website"))
                .put("createDate", info(c, "dateEntered")).put("lastActivityDate", info(c, "lastUpdated")).build();
    }

    static JsonObject location(SandboxData d, JsonObject s) {
        return new Row().put("id", s.getInt("id")).put("companyID", id(s, "company")).put("name", text(s, "name"))
                .put("address1", text(s, "addressLine1")).put("city", text(s, "city"))
                .put("state", Jsons.string(s.getJsonObject("stateReference"), "identifier"))
                .put("postalCode", text(s, "zip")).put("countryID", 237).put("phone", text(s, "phoneNumber"))
                .put("isPrimary", Jsons.flag(s, "primaryAddressFlag")).put("isActive", !Jsons.flag(s, "inactiveFlag"))
                .build();
    }

    static String communication(JsonObject contact, String communicationType) {
        JsonArray items = Jsons.array(contact, "communicationItems");
        if (items == null) {
            return null;
        }
        String fallback = null;
        for (JsonValue v : items) {
            JsonObject i = v.asJsonObject();
            if (communicationType.equals(Jsons.string(i, "communicationType"))) {
                if (Jsons.flag(i, "defaultFlag")) {
                    return Jsons.string(i, "value");
                }
                fallback = fallback == null ? Jsons.string(i, "value") : fallback;
            }
        }
        return fallback;
    }

    static JsonObject contact(SandboxData d, JsonObject c) {
        return new Row().put("id", c.getInt("id")).put("companyID", id(c, "company"))
                .put("companyLocationID", id(c, "site")).put("firstName", text(c, "firstName"))
                .put("lastName", text(c, "lastName")).put("title", text(c, "title"))
                .put("emailAddress", communication(c, "Email")).put("phone", communication(c, "Phone"))
                .put("emailAddress2", communication(c, "Home Email")).put("emailAddress3", communication(c, "Other Email"))
                .put("mobilePhone", communication(c, "Mobile")).put("alternatePhone", communication(c, "Home"))
                .put("faxNumber", communication(c, "Fax"))
                .put("isActive", Jsons.flag(c, "inactiveFlag") ? 0 : 1).put("primaryContact", Jsons.flag(c, "defaultFlag"))
                .put("receivesEmailNotifications", !Jsons.flag(c, "unsubscribeFlag"))
                .put("createDate", info(c, "dateEntered")).put("lastActivityDate", info(c, "lastUpdated"))
                .put("lastModifiedDate", info(c, "lastUpdated")).build();
    }

    static JsonObject portalUser(SandboxData d, JsonObject c) {
        int contactId = c.getInt("id");
        if (!d.portalPasswords.containsKey(contactId)) {
            return null;
        }
        Integer level = Jsons.integer(c, "portalSecurityLevel");
        int securityLevel = level == null ? 1 : level == 1 ? 3 : level == 2 ? 2 : 1;
        return new Row().put("id", contactId + PORTAL_USER_OFFSET).put("contactID", contactId)
                .put("userName", communication(c, "Email")).put("securityLevel", securityLevel)
                .put("isClientPortalActive", !Jsons.flag(c, "inactiveFlag") && !Jsons.flag(c, "disablePortalLoginFlag"))
                .put("dateFormat", 1).put("numberFormat", 1).put("timeFormat", 1).build();
    }

    static JsonObject configurationItem(SandboxData d, JsonObject c) {
        return new Row().put("id", c.getInt("id")).put("companyID", id(c, "company"))
                .put("companyLocationID", id(c, "site")).put("contactID", id(c, "contact"))
                .put("configurationItemType", id(c, "type")).put("configurationItemCategoryID", 1)
                .put("productID", id(c, "type")).put("referenceTitle", text(c, "name"))
                .put("referenceNumber", text(c, "tagNumber")).put("serialNumber", text(c, "serialNumber"))
                .put("installDate", text(c, "installationDate"))
                .put("warrantyExpirationDate", text(c, "warrantyExpirationDate"))
                .put("isActive", Jsons.flag(c, "activeFlag")).put("location", text(c, "site"))
                .put("notes", text(c, "notes")).put("parentConfigurationItemID", id(c, "parentConfigurationId"))
                .put("createDate", info(c, "dateEntered")).put("lastModifiedTime", info(c, "lastUpdated")).build();
    }

    // ------------------------------------------------------------------------------------------------- sales

    private static BigDecimal forecastSum(SandboxData d, int opportunityId, String field) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonObject f : d.forecastItems.childrenOf(opportunityId)) {
            BigDecimal v = decimal(f, field);
            sum = v == null ? sum : sum.add(v);
        }
        return sum;
    }

    static JsonObject opportunity(SandboxData d, JsonObject o) {
        String status = text(o, "status");
        int atStatus = "Won".equals(status) ? 3 : "Lost".equals(status) ? 2 : 1;
        String probability = text(o, "probability");
        Integer percent = null;
        if (probability != null && probability.endsWith("%")) {
            percent = Integer.valueOf(probability.substring(0, probability.length() - 1));
        }
        int id = o.getInt("id");
        return new Row().put("id", id).put("title", text(o, "name")).put("companyID", id(o, "company"))
                .put("contactID", id(o, "contact")).put("ownerResourceID", id(o, "primarySalesRep"))
                .put("status", atStatus).put("stage", id(o, "stage")).put("probability", percent)
                .put("amount", forecastSum(d, id, "revenue")).put("cost", forecastSum(d, id, "cost"))
                .put("projectedCloseDate", text(o, "expectedCloseDate")).put("closedDate", text(o, "closedDate"))
                .put("description", text(o, "notes")).put("createDate", info(o, "dateEntered"))
                .put("lastActivity", info(o, "lastUpdated")).put("useQuoteTotals", true).build();
    }

    /** One quote per opportunity; published (sent to the customer) once the opportunity awaits the customer. */
    static JsonObject quote(SandboxData d, JsonObject o) {
        int id = o.getInt("id");
        String status = text(o, "status");
        boolean published = "Awaiting Customer".equals(status) || "Won".equals(status) || "Lost".equals(status);
        return new Row().put("id", id + QUOTE_OFFSET).put("name", "Quote for " + text(o, "name"))
                .put("quoteNumber", id + QUOTE_OFFSET).put("opportunityID", id).put("companyID", id(o, "company"))
                .put("contactID", id(o, "contact")).put("effectiveDate", info(o, "dateEntered"))
                .put("expirationDate", text(o, "expectedCloseDate")).put("isActive", !"Lost".equals(text(o, "status")))
                .put("primaryQuote", true).put("description", text(o, "notes")).put("createDate", info(o, "dateEntered"))
                .put("lastActivityDate", info(o, "lastUpdated"))
                .put("lastPublishedDateTime", published ? info(o, "dateEntered") : null)
                .putAll(d.quoteResponses.get(id + QUOTE_OFFSET)).build();
    }

    static JsonObject quoteItem(SandboxData d, JsonObject f) {
        BigDecimal quantity = decimal(f, "quantity");
        BigDecimal q = quantity == null || quantity.signum() == 0 ? BigDecimal.ONE : quantity;
        BigDecimal revenue = decimal(f, "revenue");
        BigDecimal cost = decimal(f, "cost");
        return new Row().put("id", f.getInt("id")).put("quoteID", id(f, "opportunity") + QUOTE_OFFSET)
                .put("name", text(f, "productDescription")).put("description", text(f, "forecastDescription"))
                .put("quantity", q)
                .put("unitPrice", revenue == null ? null : revenue.divide(q, 2, RoundingMode.HALF_UP))
                .put("unitCost", cost == null ? null : cost.divide(q, 2, RoundingMode.HALF_UP))
                .put("unitDiscount", BigDecimal.ZERO).put("lineDiscount", BigDecimal.ZERO)
                .put("percentageDiscount", BigDecimal.ZERO).put("isOptional", false)
                .put("isTaxable", Jsons.flag(f, "taxableFlag"))
                .put("quoteItemType", "Service".equalsIgnoreCase(text(f, "forecastType")) ? 11 : 1)
                .put("periodType", Jsons.flag(f, "recurringFlag") ? 3 : 1)
                .put("sortOrderID", Jsons.integer(f, "sequenceNumber")).build();
    }

    // ---------------------------------------------------------------------------------------------- projects

    static JsonObject project(SandboxData d, JsonObject p) {
        String status = text(p, "status");
        int atStatus = Jsons.flag(p, "closedFlag") ? 5 : "Open".equals(status) ? 1 : 8;
        BigDecimal percent = decimal(p, "percentComplete");
        return new Row().put("id", p.getInt("id")).put("projectName", text(p, "name"))
                .put("projectNumber", String.format("P%s.%04d", dateKey(info(p, "dateEntered")), p.getInt("id")))
                .put("companyID", id(p, "company")).put("status", atStatus).put("statusDetail", status)
                .put("startDateTime", text(p, "estimatedStart")).put("endDateTime", text(p, "estimatedEnd"))
                .put("completedDateTime", Jsons.flag(p, "closedFlag") ? text(p, "actualEnd") : null)
                .put("completedPercentage", percent == null ? null : percent.setScale(0, RoundingMode.HALF_UP).intValue())
                .put("description", text(p, "description")).put("estimatedTime", decimal(p, "estimatedHours"))
                .put("actualHours", decimal(p, "actualHours")).put("projectLeadResourceID", id(p, "manager"))
                .put("projectType", 5).put("createDateTime", info(p, "dateEntered"))
                .put("lastActivityDateTime", info(p, "lastUpdated")).build();
    }

    private static String dateKey(String iso) {
        return iso == null ? "00000000" : iso.substring(0, 10).replace("-", "");
    }

    static JsonObject phase(SandboxData d, JsonObject p) {
        return new Row().put("id", p.getInt("id")).put("projectID", Jsons.integer(p, "projectId"))
                .put("title", text(p, "description")).put("description", text(p, "notes"))
                .put("phaseNumber", text(p, "wbsCode")).put("startDate", text(p, "scheduledStart"))
                .put("dueDate", text(p, "deadlineDate") != null ? text(p, "deadlineDate") : text(p, "scheduledEnd"))
                .put("estimatedHours", decimal(p, "budgetHours")).put("createDate", info(p, "dateEntered"))
                .put("lastActivityDateTime", info(p, "lastUpdated")).build();
    }

    static JsonObject task(SandboxData d, JsonObject t) {
        int id = t.getInt("id");
        Integer projectId = id(t, "project");
        JsonObject project = projectId == null ? null : d.projects.get(projectId);
        String description = null;
        for (JsonObject n : d.projectTicketNotes.childrenOf(id)) {
            if (Jsons.flag(n, "detailDescriptionFlag")) {
                description = Jsons.string(n, "text");
                break;
            }
        }
        Integer status = id(t, "status");
        return new Row().put("id", id).put("projectID", projectId).put("phaseID", id(t, "phase"))
                .put("title", text(t, "summary")).put("description", description)
                .put("taskNumber", ticketNumber(t)).put("status", status == null ? null
                        : AtPicklists.STATUS_FROM_CW.get(status))
                .put("priority", id(t, "priority") == null ? null : AtPicklists.PRIORITY_FROM_CW.get(id(t, "priority")))
                .put("assignedResourceID", id(t, "owner")).put("startDateTime", info(t, "dateEntered"))
                .put("endDateTime", text(t, "requiredDate")).put("completedDateTime", text(t, "closedDate"))
                .put("estimatedHours", decimal(t, "budgetHours")).put("createDateTime", info(t, "dateEntered"))
                .put("lastActivityDateTime", info(t, "lastUpdated"))
                .put("isVisibleInClientPortal", project != null && !Jsons.flag(project, "doNotDisplayInPortalFlag"))
                .put("canClientPortalUserCompleteTask", false).put("taskType", 1).build();
    }

    // ----------------------------------------------------------------------------------------------- finance

    static JsonObject contract(SandboxData d, JsonObject a) {
        String type = text(a, "type");
        return new Row().put("id", a.getInt("id")).put("contractName", text(a, "name"))
                .put("contractNumber", "AGR-" + a.getInt("id")).put("companyID", id(a, "company"))
                .put("contactID", id(a, "contact"))
                .put("contractType", type != null && type.toLowerCase(Locale.ROOT).contains("block") ? 4 : 7)
                .put("contractCategory", 1).put("status", "Active".equals(text(a, "agreementStatus")) ? 1 : 0)
                .put("startDate", text(a, "startDate"))
                .put("endDate", text(a, "dateCancelled") != null ? text(a, "dateCancelled") : text(a, "endDate"))
                .put("purchaseOrderNumber", text(a, "customerPO")).put("isDefaultContract", false)
                .put("estimatedRevenue", decimal(a, "billAmount")).build();
    }

    static JsonObject invoice(SandboxData d, JsonObject i) {
        boolean paid = "Paid".equals(text(i, "status"));
        return new Row().put("id", i.getInt("id")).put("invoiceNumber", text(i, "invoiceNumber"))
                .put("companyID", id(i, "company")).put("invoiceDateTime", text(i, "date"))
                .put("dueDate", text(i, "dueDate")).put("invoiceTotal", decimal(i, "total"))
                .put("totalTaxValue", decimal(i, "salesTax")).put("paidDate", paid ? info(i, "lastUpdated") : null)
                .put("isVoided", false).put("comments", text(i, "topComment")).put("orderNumber", text(i, "reference"))
                .put("createDateTime", info(i, "dateEntered")).build();
    }

    /** MSP staff (the seeded members): what {@code assignedResourceID} and {@code creatorResourceID} point to. */
    static JsonObject resource(SandboxData d, JsonObject m) {
        String name = text(m, "name");
        int space = name == null ? -1 : name.indexOf(' ');
        return new Row().put("id", m.getInt("id")).put("firstName", space < 0 ? name : name.substring(0, space))
                .put("lastName", space < 0 ? null : name.substring(space + 1)).put("userName", text(m, "identifier"))
                .put("email", text(m, "identifier") == null ? null : text(m, "identifier") + "@msp.example")
                .put("isActive", true).build();
    }

    /** An article's text (the issue, then the resolution); its id is the article's. */
    static JsonObject articleContent(SandboxData d, JsonObject a) {
        String issue = text(a, "issue");
        String resolution = text(a, "resolution");
        String content = issue == null ? resolution : resolution == null ? issue : issue + "\n\n" + resolution;
        return new Row().put("id", a.getInt("id")).put("contentData", content).build();
    }

    static JsonObject article(SandboxData d, JsonObject a) {
        return new Row().put("id", a.getInt("id")).put("title", text(a, "title"))
                .put("articleCategoryID", id(a, "categoryId")).put("isActive", true).put("keywords", text(a, "title"))
                .put("publish", 1).put("createdDateTime", text(a, "dateCreated"))
                .put("lastModifiedDateTime", info(a, "lastUpdated")).build();
    }
}
