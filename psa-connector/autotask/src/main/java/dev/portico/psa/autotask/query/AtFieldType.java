package dev.portico.psa.autotask.query;

import java.util.EnumSet;
import java.util.Set;

/** The type of a whitelisted Autotask field, and the operators that make sense on it. */
public enum AtFieldType {
    /** Ids, picklist values and other integers. */
    NUMBER(EnumSet.of(AtOp.EQ, AtOp.NOTEQ, AtOp.GT, AtOp.GTE, AtOp.LT, AtOp.LTE, AtOp.IN, AtOp.NOT_IN, AtOp.EXIST,
            AtOp.NOT_EXIST)),
    /** Free text. */
    TEXT(EnumSet.of(AtOp.EQ, AtOp.NOTEQ, AtOp.BEGINS_WITH, AtOp.ENDS_WITH, AtOp.CONTAINS, AtOp.IN, AtOp.NOT_IN,
            AtOp.EXIST, AtOp.NOT_EXIST)),
    /** {@code true} / {@code false}; Autotask refuses anything else, null included. */
    BOOLEAN(EnumSet.of(AtOp.EQ, AtOp.NOTEQ)),
    /** Date and time, sent as UTC ISO-8601. */
    DATETIME(EnumSet.of(AtOp.EQ, AtOp.NOTEQ, AtOp.GT, AtOp.GTE, AtOp.LT, AtOp.LTE, AtOp.EXIST, AtOp.NOT_EXIST));

    private final Set<AtOp> operators;

    AtFieldType(Set<AtOp> operators) {
        this.operators = operators;
    }

    public boolean allows(AtOp op) {
        return operators.contains(op);
    }
}
