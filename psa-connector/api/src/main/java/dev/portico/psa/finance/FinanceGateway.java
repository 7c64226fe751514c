package dev.portico.psa.finance;

import dev.portico.psa.Download;
import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.PsaScope;

/** Agreements and invoices of the scope's companies. */
public interface FinanceGateway {

    /** Active agreements, by name. */
    Page<Agreement> activeAgreements(PsaScope scope, PageRequest page);

    Agreement agreement(PsaScope scope, long id);

    /** Newest first. */
    Page<Invoice> invoices(PsaScope scope, InvoiceQuery query, PageRequest page);

    Invoice invoice(PsaScope scope, long id);

    /**
     * Streams the invoice's document (in the format {@link Invoice#document()} names) after checking the invoice
     * belongs to the scope's companies; the caller closes it.
     *
     * @throws dev.portico.psa.PsaNotFoundException also when the invoice has no document
     */
    Download invoiceDocument(PsaScope scope, long id);
}
