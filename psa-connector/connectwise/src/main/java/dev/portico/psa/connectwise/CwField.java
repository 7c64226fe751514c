package dev.portico.psa.connectwise;

/** How a ConnectWise field's values are written in {@code conditions}, and which operators it allows. */
public enum CwField {
    /** Bare integer; =, !=, <, <=, >, >=, in. */
    NUMBER,
    /** Double-quoted, escaped string; =, !=, contains, in. */
    TEXT,
    /** true / false; =, !=. */
    BOOLEAN,
    /** {@code [2025-01-01T00:00:00Z]}; =, <, <=, >, >=. */
    DATETIME
}
