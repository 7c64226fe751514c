package dev.portico.psa;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * What the PSA behind the adapter can do. Each adapter produces exactly one for the whole application (a
 * {@code @Singleton} producer: a record is final, so a normal scope's client proxy cannot wrap it); the portal
 * offers exactly what it says, never more, and never asks which PSA it is.
 *
 * @param urgencyAndImpact tickets carry urgency, impact and severity, and a new ticket may set them
 * @param noteTitles a note has a title of its own
 * @param noteRecipients a note can copy further e-mail addresses and choose whether to notify the MSP
 * @param sortFields the list columns the PSA sorts by on the server, across all features' sort-field enums;
 *        lists sort by any other column only within the page they show, or not at all
 * @param paging whether any page can be fetched directly or only the next one
 * @param descriptionSearch text search also looks into ticket descriptions
 * @param invoiceDocument the format of an invoice's document
 * @param attachmentMaxBytes the largest attachment the PSA accepts
 * @param concurrentCallsPerEndpoint how many calls to one endpoint may be in flight at once
 */
public record PsaCapabilities(
        boolean urgencyAndImpact,
        boolean noteTitles,
        boolean noteRecipients,
        Set<Enum<?>> sortFields,
        Paging paging,
        boolean descriptionSearch,
        DocumentFormat invoiceDocument,
        long attachmentMaxBytes,
        int concurrentCallsPerEndpoint) implements Serializable {

    public PsaCapabilities {
        sortFields = Set.copyOf(sortFields);
        Objects.requireNonNull(paging, "paging");
        Objects.requireNonNull(invoiceDocument, "invoiceDocument");
        if (attachmentMaxBytes < 1 || concurrentCallsPerEndpoint < 1) {
            throw new IllegalArgumentException("attachment limit and concurrency must be positive");
        }
    }

    /** Whether the PSA sorts a list by {@code field} on the server. */
    public boolean sorts(Enum<?> field) {
        return sortFields.contains(field);
    }

    public boolean pageJumps() {
        return paging == Paging.PAGE_JUMP;
    }

    /** How a list's pages can be reached. */
    public enum Paging {
        /** Any page by its number (offset paging). */
        PAGE_JUMP,
        /** Only the next page, through a cursor the previous page returned. */
        CURSOR
    }

    /** The format of a document the PSA renders, such as an invoice. */
    public enum DocumentFormat {
        PDF("application/pdf"),
        HTML("text/html"),
        NONE(null);

        private final String contentType;

        DocumentFormat(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }
    }
}
