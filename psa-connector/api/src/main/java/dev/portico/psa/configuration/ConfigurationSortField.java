package dev.portico.psa.configuration;

/** Configuration columns the PSA can sort by. */
public enum ConfigurationSortField {
    NAME,
    TYPE,
    STATUS,
    SITE,
    CONTACT,
    SERIAL_NUMBER,
    MODEL_NUMBER,
    TAG_NUMBER,
    WARRANTY_EXPIRATION
}
