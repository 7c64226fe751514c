package dev.portico.sandbox.seed;

/**
 * Ids of seeded records that are stable across starts and documented in docs/sandbox.md. Everything else
 * (tickets, notes, configurations, ...) is found through the API, e.g. {@code conditions=company/id=251}.
 */
public final class SeedIds {

    public static final int CONTOSO = 250;
    public static final int FABRIKAM = 251;

    public static final int CONTOSO_HEAD_OFFICE = 1001;
    public static final int CONTOSO_WAREHOUSE = 1002;
    public static final int FABRIKAM_MAIN_OFFICE = 1003;

    public static final int AVA = 801;
    public static final int SAM = 802;
    public static final int OLLY = 803;
    public static final int DAN = 804;
    /** {@code ina.inactive@contoso.example}: inactiveFlag=true, same demo password. */
    public static final int INA = 819;
    public static final int FAY = 820;

    public static final int HELP_DESK_BOARD = 1;
    public static final int PROJECT_BOARD = 2;

    public static final String DEMO_PASSWORD = "portico-demo";

    /** The API member that records written through the API are attributed to ({@code _info.enteredBy}). */
    public static final String API_MEMBER = "PorticoAPI";
    public static final int API_MEMBER_ID = 16;

    private SeedIds() {
    }
}
