package dev.portico.sandbox.query;

/** The type of a filterable or sortable field, inferred from the data or declared by the collection. */
public enum FieldType {
    STRING,
    NUMBER,
    BOOLEAN,
    DATETIME,
    OBJECT,
    ARRAY,
    /** Only null values seen so far: any literal is accepted and the value is compared by the literal's type. */
    ANY;

    /** The type both observations allow; a clash of scalar types degrades to {@link #ANY}. */
    FieldType merge(FieldType other) {
        if (other == null || other == this) {
            return this;
        }
        if (this == ANY) {
            return other;
        }
        if (other == ANY) {
            return this;
        }
        if ((this == STRING && other == DATETIME) || (this == DATETIME && other == STRING)) {
            return STRING;
        }
        return ANY;
    }

    boolean scalar() {
        return this != OBJECT && this != ARRAY;
    }
}
