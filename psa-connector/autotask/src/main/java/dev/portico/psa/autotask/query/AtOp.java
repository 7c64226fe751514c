package dev.portico.psa.autotask.query;

/**
 * The operators of an Autotask query filter, exactly as Autotask spells them. Autotask silently ignores an
 * operator it does not know and returns the whole entity, so filters are only ever built from this enum.
 */
public enum AtOp {
    EQ("eq"),
    NOTEQ("noteq"),
    GT("gt"),
    GTE("gte"),
    LT("lt"),
    LTE("lte"),
    BEGINS_WITH("beginsWith"),
    ENDS_WITH("endsWith"),
    CONTAINS("contains"),
    EXIST("exist"),
    NOT_EXIST("notExist"),
    IN("in"),
    NOT_IN("notIn");

    private final String wire;

    AtOp(String wire) {
        this.wire = wire;
    }

    /** The operator as Autotask reads it. */
    public String wire() {
        return wire;
    }

    boolean takesNoValue() {
        return this == EXIST || this == NOT_EXIST;
    }

    boolean takesList() {
        return this == IN || this == NOT_IN;
    }
}
