package dev.portico.psa.connectwise.rest;

/** {@code CompanyConfiguration}, without the fields customers must not see (vendor notes, links, questions). */
public record CwConfiguration(
        Long id, String name, CwRef type, CwRef status, CwRef company, CwRef contact, CwRef site,
        String serialNumber, String modelNumber, String tagNumber, CwRef manufacturer, String ipAddress,
        String osType, String installationDate, String warrantyExpirationDate, Boolean activeFlag) {
}
