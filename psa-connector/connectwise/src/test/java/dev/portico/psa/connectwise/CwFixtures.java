package dev.portico.psa.connectwise;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaScope;
import java.util.EnumSet;
import java.util.Set;

/** The seed vocabulary of the demo PSA as WireMock stubs, and the scopes of the demo users. */
public final class CwFixtures {

    public static final String API = "/v4_6_release/apis/3.0";
    public static final PsaScope AVA = new PsaScope(250, 812, EnumSet.allOf(Permission.class));
    public static final PsaScope SAM = new PsaScope(250, 815, Set.of(Permission.VIEW_COMPANY_TICKETS,
            Permission.CREATE_TICKETS, Permission.VIEW_CONFIGURATIONS));
    public static final PsaScope OLLY = new PsaScope(250, 813, Set.of(Permission.CREATE_TICKETS));

    private CwFixtures() {
    }

    /** Boards, statuses, types, priorities, sources, sites, opportunity statuses, communication types. */
    public static void stubReferenceData(WireMockExtension psa) {
        psa.stubFor(get(urlPathEqualTo(API + "/service/boards")).willReturn(okJson("[{\"id\":1,\"name\":\"Help Desk\"}]")));
        psa.stubFor(get(urlPathEqualTo(API + "/service/boards/1/statuses")).willReturn(okJson("""
                [{"id":10,"name":"New","customerPortalDescription":"Received","closedStatus":false},
                 {"id":11,"name":"In Progress","customerPortalDescription":"In progress","closedStatus":false},
                 {"id":13,"name":"Waiting Customer","customerPortalDescription":"Waiting for your reply","closedStatus":false},
                 {"id":14,"name":"Waiting Customer Approval","customerPortalDescription":"Waiting for your approval","closedStatus":false},
                 {"id":15,"name":"Customer Approved","customerPortalDescription":"Approved","closedStatus":false},
                 {"id":16,"name":"Customer Rejected","customerPortalDescription":"Rejected","closedStatus":false},
                 {"id":17,"name":"Re-opened","customerPortalDescription":"Re-opened","closedStatus":false},
                 {"id":18,"name":"Resolved","customerPortalDescription":"Resolved","closedStatus":true},
                 {"id":19,"name":"Closed","customerPortalDescription":"Closed","closedStatus":true},
                 {"id":20,"name":"Old","inactive":true,"closedStatus":false}]""")));
        psa.stubFor(get(urlPathEqualTo(API + "/service/boards/1/types")).willReturn(okJson("""
                [{"id":21,"name":"Incident"},{"id":22,"name":"Query"},{"id":23,"name":"Change Request"}]""")));
        psa.stubFor(get(urlPathEqualTo(API + "/service/priorities")).willReturn(okJson("""
                [{"id":31,"name":"Priority 1 - Critical","sortOrder":1},{"id":32,"name":"Priority 2 - High","sortOrder":2},
                 {"id":33,"name":"Priority 3 - Medium","sortOrder":3},{"id":34,"name":"Priority 4 - Low","sortOrder":4}]""")));
        psa.stubFor(get(urlPathEqualTo(API + "/service/sources")).willReturn(okJson("[{\"id\":41,\"name\":\"Portal\"}]")));
        psa.stubFor(get(urlPathEqualTo(API + "/service/impacts")).willReturn(okJson("""
                [{"id":1,"name":"Low","description":"Low"},{"id":2,"name":"Medium","description":"Medium"},
                 {"id":3,"name":"High","description":"High"}]""")));
        psa.stubFor(get(urlPathEqualTo(API + "/service/severities")).willReturn(okJson("""
                [{"id":1,"name":"Low","description":"Low"},{"id":2,"name":"Medium","description":"Medium"},
                 {"id":3,"name":"High","description":"High"}]""")));
        psa.stubFor(get(urlPathEqualTo(API + "/company/companies/250/sites")).willReturn(okJson("""
                [{"id":51,"name":"Head Office","city":"London","primaryAddressFlag":true},
                 {"id":52,"name":"Warehouse","city":"Slough"}]""")));
        psa.stubFor(get(urlPathEqualTo(API + "/company/companies/300/sites")).willReturn(okJson("""
                [{"id":61,"name":"Fabrikam HQ"}]""")));
        psa.stubFor(get(urlPathEqualTo(API + "/sales/opportunities/statuses")).willReturn(okJson("""
                [{"id":71,"name":"Open"},{"id":72,"name":"Internal Review"},{"id":73,"name":"Awaiting Customer"},
                 {"id":74,"name":"Won","wonFlag":true,"closedFlag":true},{"id":75,"name":"Lost","lostFlag":true,"closedFlag":true}]""")));
        psa.stubFor(get(urlPathEqualTo(API + "/company/communicationTypes")).willReturn(okJson("""
                [{"id":81,"description":"Email","emailFlag":true},{"id":82,"description":"Direct","phoneFlag":true},
                 {"id":83,"description":"Mobile","phoneFlag":true}]""")));
        psa.stubFor(get(urlPathEqualTo(API + "/company/portalSecurityLevels")).willReturn(okJson("""
                [{"id":1,"caption":"Company admin"},{"id":2,"caption":"All company tickets"},{"id":3,"caption":"Own tickets"}]""")));
    }

    /** A ticket as ConnectWise returns it. */
    public static String ticket(long id, long companyId, long contactId, long statusId, String statusName, boolean closed) {
        return """
                {"id":%d,"summary":"Printer %d offline","board":{"id":1,"name":"Help Desk"},
                 "status":{"id":%d,"name":"%s"},"type":{"id":21,"name":"Incident"},"priority":{"id":33,"name":"Priority 3 - Medium"},
                 "impact":"Medium","severity":"Low","company":{"id":%d,"identifier":"C","name":"Company %d"},
                 "contact":{"id":%d,"name":"Contact %d"},"site":{"id":51,"name":"Head Office"},
                 "requiredDate":"2025-07-01T00:00:00Z","closedDate":%s,"closedFlag":%s,"poNumber":"PO-1",
                 "contactEmailAddress":"c@x.example","contactPhoneNumber":"+44 1",
                 "_info":{"dateEntered":"2025-05-02T09:30:00Z","lastUpdated":"2025-05-03T10:00:00Z"}}"""
                .formatted(id, id, statusId, statusName, companyId, companyId, contactId, contactId,
                        closed ? "\"2025-05-04T12:00:00Z\"" : "null", closed);
    }
}
