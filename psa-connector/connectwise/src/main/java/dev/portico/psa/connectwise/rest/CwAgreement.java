package dev.portico.psa.connectwise.rest;

/** {@code Agreement}, without internal notes. */
public record CwAgreement(
        Long id, String name, CwRef type, CwRef company, CwRef contact, CwRef site, String customerPO,
        String startDate, String endDate, Boolean noEndingDateFlag, Boolean cancelledFlag, String agreementStatus,
        CwRef billingCycle, String applicationUnits, Double applicationLimit, Boolean applicationUnlimitedFlag) {
}
