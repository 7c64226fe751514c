package dev.portico.sandbox.autotask;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Autotask picklist values of the sandbox tenant and how they map onto the seeded (ConnectWise-shaped) records.
 * Values follow Autotask's system values where it has them (status 1 New, 5 Complete, 7 Waiting Customer; ticket
 * types; queues 5/6/8; sources -1 Client Portal, 2 Phone, 4 Email); the rest are this tenant's own, as in a real
 * tenant, so an adapter must read the labels from {@code /Tickets/entityInformation/fields}.
 */
public final class AtPicklists {

    /** One picklist value; {@code parent} is the parent value for dependent picklists (subIssueType). */
    public record Value(int value, String label, boolean isDefault, Integer parent) {
    }

    /** Seeded Help Desk status id to Autotask ticket status. */
    static final Map<Integer, Integer> STATUS_FROM_CW = Map.ofEntries(Map.entry(1, 1), Map.entry(2, 8),
            Map.entry(3, 9), Map.entry(4, 7), Map.entry(5, 12), Map.entry(6, 13), Map.entry(7, 14), Map.entry(8, 15),
            Map.entry(9, 11), Map.entry(10, 5), Map.entry(11, 1), Map.entry(12, 8), Map.entry(13, 5));
    /** Autotask ticket status to the seeded Help Desk status id (for writes). */
    static final Map<Integer, Integer> STATUS_TO_CW = Map.of(1, 1, 8, 2, 9, 3, 7, 4, 12, 5, 13, 6, 14, 7, 15, 8,
            11, 9, 5, 10);
    static final List<Value> STATUS = List.of(new Value(1, "New", true, null), new Value(5, "Complete", false, null),
            new Value(7, "Waiting Customer", false, null), new Value(8, "In Progress", false, null),
            new Value(9, "Scheduled", false, null), new Value(11, "Resolved", false, null),
            new Value(12, "Waiting Customer Approval", false, null), new Value(13, "Customer Approved", false, null),
            new Value(14, "Customer Rejected", false, null), new Value(15, "Re-opened", false, null));

    /** Seeded priority id (1 Critical ... 4 Low) to Autotask priority. */
    static final Map<Integer, Integer> PRIORITY_FROM_CW = Map.of(1, 4, 2, 1, 3, 2, 4, 3);
    static final List<Value> PRIORITY = List.of(new Value(1, "High", false, null),
            new Value(2, "Medium", true, null), new Value(3, "Low", false, null), new Value(4, "Critical", false, null));

    static final int QUEUE_CLIENT_PORTAL = 5;
    static final int QUEUE_HELP_DESK = 29;
    static final List<Value> QUEUE = List.of(new Value(5, "Client Portal", false, null),
            new Value(6, "Post Sale", false, null), new Value(8, "Monitoring Alert", false, null),
            new Value(29, "Help Desk", true, null));

    /** Seeded source id (1 Email, 2 Phone, 3 Portal) to Autotask source. */
    static final Map<Integer, Integer> SOURCE_FROM_CW = Map.of(1, 4, 2, 2, 3, -1);
    static final List<Value> SOURCE = List.of(new Value(-1, "Client Portal", false, null),
            new Value(-2, "Insourced", false, null), new Value(1, "Other", false, null),
            new Value(2, "Phone", false, null), new Value(4, "Email", true, null),
            new Value(6, "In Person/Onsite", false, null), new Value(8, "Monitoring Alert", false, null));

    /** Seeded type id (1 Incident, 2 Query, 3 Change Request) to Autotask ticketType. */
    static final Map<Integer, Integer> TICKET_TYPE_FROM_CW = Map.of(1, 2, 2, 1, 3, 4);
    static final List<Value> TICKET_TYPE = List.of(new Value(1, "Service Request", true, null),
            new Value(2, "Incident", false, null), new Value(3, "Problem", false, null),
            new Value(4, "Change Request", false, null), new Value(5, "Alert", false, null));
    static final int CHANGE_REQUEST = 4;

    static final int CATEGORY_STANDARD = 3;
    static final int CATEGORY_CHANGE = 4;
    static final List<Value> TICKET_CATEGORY = List.of(new Value(3, "Standard", true, null),
            new Value(4, "Change Management", false, null));

    /** issueType = the seeded subtype (1 Hardware ... 9 Software Install). */
    static final String[] ISSUE_TYPES = {"", "Hardware", "Software", "Network", "Email", "Access", "How-to",
            "New User", "Leaver", "Software Install"};
    /** subIssueType = issueType * 100 + the seeded item (1 Laptop ... 6 Application); parentValue = issueType. */
    static final String[] ITEMS = {"", "Laptop", "Desktop", "Printer", "Server", "Mobile Phone", "Application"};

    static final List<Value> CHANGE_APPROVAL_STATUS = List.of(new Value(1, "Not Assigned", false, null),
            new Value(2, "Assigned", false, null), new Value(3, "Requested", false, null),
            new Value(4, "Partially Approved", false, null), new Value(5, "Approved", false, null),
            new Value(6, "Rejected", false, null));

    static final int NOTE_TYPE_TASK_NOTES = 3;
    static final int NOTE_TYPE_CLIENT_PORTAL = 18;
    static final List<Value> NOTE_TYPE = List.of(new Value(1, "Task Summary", false, null),
            new Value(2, "Task Detail", false, null), new Value(3, "Task Notes", true, null),
            new Value(18, "Client Portal Note", false, null), new Value(101, "Email Note", false, null));
    static final int PUBLISH_ALL = 1;
    static final int PUBLISH_INTERNAL = 2;
    static final List<Value> PUBLISH = List.of(new Value(1, "All Autotask Users", true, null),
            new Value(2, "Internal Project Team", false, null), new Value(4, "Internal & Co-Managed", false, null));

    static final List<Value> OPPORTUNITY_STATUS = List.of(new Value(0, "Not Ready To Buy", false, null),
            new Value(1, "Active", true, null), new Value(2, "Lost", false, null), new Value(3, "Closed", false, null),
            new Value(4, "Implemented", false, null));

    /** Client Portal security levels; the seeded portal level 1 is Manager, 2 Advanced, 3 and up Basic. */
    static final List<Value> SECURITY_LEVEL = List.of(new Value(1, "Basic", true, null),
            new Value(2, "Advanced", false, null), new Value(3, "Manager", false, null),
            new Value(4, "Resource", false, null), new Value(5, "Administrator", false, null));

    private AtPicklists() {
    }

    static List<Value> issueTypes() {
        List<Value> out = new java.util.ArrayList<>();
        for (int i = 1; i < ISSUE_TYPES.length; i++) {
            out.add(new Value(i, ISSUE_TYPES[i], false, null));
        }
        return out;
    }

    static List<Value> subIssueTypes() {
        List<Value> out = new java.util.ArrayList<>();
        for (int i = 1; i < ISSUE_TYPES.length; i++) {
            for (int k = 1; k < ITEMS.length; k++) {
                out.add(new Value(i * 100 + k, ITEMS[k], false, i));
            }
        }
        return out;
    }

    /** The ticket picklists served by {@code /Tickets/entityInformation/fields}. */
    static Map<String, List<Value>> ticketPicklists() {
        Map<String, List<Value>> m = new LinkedHashMap<>();
        m.put("status", STATUS);
        m.put("priority", PRIORITY);
        m.put("queueID", QUEUE);
        m.put("source", SOURCE);
        m.put("issueType", issueTypes());
        m.put("subIssueType", subIssueTypes());
        m.put("ticketType", TICKET_TYPE);
        m.put("ticketCategory", TICKET_CATEGORY);
        m.put("changeApprovalStatus", CHANGE_APPROVAL_STATUS);
        return m;
    }

    static <K, V> K keyOf(Map<K, V> map, V value, K fallback) {
        for (Map.Entry<K, V> e : map.entrySet()) {
            if (e.getValue().equals(value)) {
                return e.getKey();
            }
        }
        return fallback;
    }
}
