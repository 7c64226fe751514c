package dev.portico.psa.connectwise.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import java.util.Map;

/** {@code Contact}, the fields the portal reads or writes. */
public record CwContact(
        Long id,
        String firstName,
        String lastName,
        CwRef company,
        CwRef site,
        String title,
        Boolean inactiveFlag,
        Integer portalSecurityLevel,
        Boolean disablePortalLoginFlag,
        String portalPassword,
        Boolean defaultFlag,
        List<CwCommunicationItem> communicationItems,
        @JsonbProperty("_info") Map<String, String> info) {

    public long companyId() {
        return company == null ? 0 : company.idOrZero();
    }

    public boolean mayUsePortal() {
        return !Boolean.TRUE.equals(inactiveFlag) && !Boolean.TRUE.equals(disablePortalLoginFlag);
    }

    /** E-mail addresses, the default one first. */
    public List<String> emails() {
        if (communicationItems == null) {
            return List.of();
        }
        return communicationItems.stream()
                .filter(CwCommunicationItem::isEmail)
                .filter(item -> item.value() != null && !item.value().isBlank())
                .sorted((a, b) -> Boolean.compare(Boolean.TRUE.equals(b.defaultFlag()), Boolean.TRUE.equals(a.defaultFlag())))
                .map(CwCommunicationItem::value)
                .toList();
    }
}
