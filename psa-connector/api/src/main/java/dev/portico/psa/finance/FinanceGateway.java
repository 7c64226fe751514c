package dev.portico.psa.finance;

import dev.portico.psa.Download;
import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.PsaScope;

/** Agreements and invoices of the scope's company. */
public interface FinanceGateway {

    /** Active agreements, by name. */
    Page<Agreement> activeAgreements(PsaScope scope, PageRequest page);

    Agreement agreement(PsaScope scope, long id);

    /** Newest first. */
    Page<Invoice> invoices(PsaScope scope, InvoiceQuery query, PageRequest page);

    Invoice invoice(PsaScope scope, long id);

    /** Streams the invoice's PDF after checking it belongs to the scope's company; the caller closes it. */
    Download invoicePdf(PsaScope scope, long id);
}
