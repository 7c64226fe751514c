package dev.portico.psa.connectwise.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.Map;

/** {@code ServiceNote}: a ticket note, read and written. */
public record CwServiceNote(
        Long id,
        Long ticketId,
        String text,
        Boolean detailDescriptionFlag,
        Boolean internalAnalysisFlag,
        Boolean resolutionFlag,
        CwRef member,
        CwRef contact,
        Boolean customerUpdatedFlag,
        Boolean processNotifications,
        String dateCreated,
        String createdBy,
        Boolean internalFlag,
        Boolean externalFlag,
        @JsonbProperty("_info") Map<String, String> info) {

    /** A discussion note written by a contact through the portal, as POSTed. */
    public static CwServiceNote fromContact(String text, long contactId, boolean resolution, boolean notify) {
        return new CwServiceNote(null, null, text, true, false, resolution, null, CwRef.of(contactId), true, notify,
                null, null, null, null, null);
    }

    /** Only discussion or resolution notes, never internal ones, are shown to customers. */
    public boolean customerVisible() {
        boolean shared = Boolean.TRUE.equals(detailDescriptionFlag) || Boolean.TRUE.equals(resolutionFlag);
        boolean internal = Boolean.TRUE.equals(internalAnalysisFlag) || Boolean.TRUE.equals(internalFlag);
        return shared && !internal;
    }
}
