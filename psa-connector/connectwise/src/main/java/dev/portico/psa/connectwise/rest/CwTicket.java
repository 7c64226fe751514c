package dev.portico.psa.connectwise.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import java.util.Map;

/** {@code Ticket}: the fields the portal reads, and those it sends when creating one. */
public record CwTicket(
        Long id,
        String summary,
        CwRef board,
        CwRef status,
        CwRef company,
        CwRef site,
        String siteName,
        CwRef contact,
        String contactName,
        String contactPhoneNumber,
        String contactEmailAddress,
        CwRef type,
        CwRef subType,
        CwRef item,
        CwRef priority,
        CwRef source,
        String requiredDate,
        String severity,
        String impact,
        String externalXRef,
        String poNumber,
        String initialDescription,
        Boolean automaticEmailCcFlag,
        String automaticEmailCc,
        String closedDate,
        Boolean closedFlag,
        List<CwCustomField> customFields,
        @JsonbProperty("_info") Map<String, String> info) {

    /** A new ticket as POSTed: only what the portal sets. */
    public static CwTicket create(String summary, CwRef board, CwRef company, CwRef site, CwRef contact, CwRef type,
            CwRef subType, CwRef item, CwRef priority, CwRef source, String requiredDate, String severity,
            String impact, String externalXRef, String poNumber, String initialDescription,
            List<CwCustomField> customFields) {
        return new CwTicket(null, summary, board, null, company, site, null, contact, null, null, null, type, subType,
                item, priority, source, requiredDate, severity, impact, externalXRef, poNumber, initialDescription,
                null, null, null, null, customFields, null);
    }
}
