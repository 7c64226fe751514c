package dev.portico.psa.connectwise.finance;

import dev.portico.psa.Download;
import dev.portico.psa.Page;
import dev.portico.psa.PageRequest;
import dev.portico.psa.Permission;
import dev.portico.psa.PsaNotFoundException;
import dev.portico.psa.PsaScope;
import dev.portico.psa.connectwise.Conditions;
import dev.portico.psa.connectwise.ConnectWiseConnection;
import dev.portico.psa.connectwise.CwDates;
import dev.portico.psa.connectwise.CwMapping;
import dev.portico.psa.connectwise.CwRecord;
import dev.portico.psa.connectwise.rest.CwAgreement;
import dev.portico.psa.connectwise.rest.CwInvoice;
import dev.portico.psa.connectwise.rest.CwListParams;
import dev.portico.psa.connectwise.rest.FinanceClient;
import dev.portico.psa.PsaCapabilities.DocumentFormat;
import dev.portico.psa.finance.Agreement;
import dev.portico.psa.finance.AgreementUsage;
import dev.portico.psa.finance.FinanceGateway;
import dev.portico.psa.finance.Invoice;
import dev.portico.psa.finance.InvoiceQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Agreements and invoices in ConnectWise, scoped to the caller's companies. Internal notes are never read;
 * an invoice's document (a PDF) streams only after the invoice's company has been checked.
 */
@ApplicationScoped
public class ConnectWiseFinanceGateway implements FinanceGateway {

    static final String AGREEMENT_FIELDS = "id,name,type,company,contact,site,customerPO,startDate,endDate,"
            + "noEndingDateFlag,cancelledFlag,agreementStatus,billingCycle,applicationUnits,applicationLimit,"
            + "applicationUnlimitedFlag";
    static final String INVOICE_FIELDS = "id,invoiceNumber,type,status,company,date,dueDate,subtotal,salesTax,total,"
            + "balance,customerPO,reference";

    private ConnectWiseConnection cw;

    protected ConnectWiseFinanceGateway() {
    }

    @Inject
    public ConnectWiseFinanceGateway(ConnectWiseConnection cw) {
        this.cw = cw;
    }

    @Override
    public Page<Agreement> activeAgreements(PsaScope scope, PageRequest page) {
        scope.require(Permission.VIEW_FINANCE);
        String conditions = Conditions.scoped(CwRecord.AGREEMENT, scope).is("agreementStatus", "Active")
                .is("cancelledFlag", false).build();
        CwListParams params = CwListParams.where(conditions).fields(AGREEMENT_FIELDS)
                .orderBy(Conditions.orderBy(CwRecord.AGREEMENT, "name", true)).page(page.page() + 1, page.size());
        CompletableFuture<List<Agreement>> items = cw.readAsync(() -> finance().agreements(params).stream()
                .filter(a -> CwMapping.inScope(scope, a.company()))
                .map(ConnectWiseFinanceGateway::agreement).toList());
        CompletableFuture<Long> total = cw.readAsync(() -> finance().countAgreements(params.forCount()).value());
        return CwMapping.page(items, total, page);
    }

    @Override
    public Agreement agreement(PsaScope scope, long id) {
        scope.require(Permission.VIEW_FINANCE);
        CwAgreement found = read(() -> finance().agreement(id, AGREEMENT_FIELDS), "Agreement");
        return agreement(CwMapping.owned(scope, found, found == null ? null : found.company(), "Agreement"));
    }

    @Override
    public Page<Invoice> invoices(PsaScope scope, InvoiceQuery query, PageRequest page) {
        scope.require(Permission.VIEW_FINANCE);
        Conditions c = Conditions.scoped(CwRecord.INVOICE, scope);
        if (query.number() != null && !query.number().isBlank()) {
            String number = query.number().strip();
            c.contains("invoiceNumber", number.length() > 15 ? number.substring(0, 15) : number);
        }
        c.within("date", query.date());
        if (query.unpaidOnly()) {
            c.greaterThan("balance", 0);
        }
        CwListParams params = CwListParams.where(c.build()).fields(INVOICE_FIELDS)
                .orderBy(Conditions.orderBy(CwRecord.INVOICE, "date", false)).page(page.page() + 1, page.size());
        CompletableFuture<List<Invoice>> items = cw.readAsync(() -> finance().invoices(params).stream()
                .filter(i -> CwMapping.inScope(scope, i.company()))
                .map(ConnectWiseFinanceGateway::invoice).toList());
        CompletableFuture<Long> total = cw.readAsync(() -> finance().countInvoices(params.forCount()).value());
        return CwMapping.page(items, total, page);
    }

    @Override
    public Invoice invoice(PsaScope scope, long id) {
        scope.require(Permission.VIEW_FINANCE);
        return invoice(ownedInvoice(scope, id, INVOICE_FIELDS));
    }

    @Override
    public Download invoiceDocument(PsaScope scope, long id) {
        scope.require(Permission.VIEW_FINANCE);
        CwInvoice invoice = ownedInvoice(scope, id, "id,invoiceNumber,company");
        InputStream pdf = cw.read(() -> finance().invoicePdf(id));
        String number = invoice.invoiceNumber() == null || invoice.invoiceNumber().isBlank()
                ? String.valueOf(id) : invoice.invoiceNumber().replaceAll("[^A-Za-z0-9._-]", "_");
        return new Download("invoice-" + number + ".pdf", "application/pdf", -1, pdf);
    }

    private CwInvoice ownedInvoice(PsaScope scope, long id, String fields) {
        CwInvoice found = read(() -> finance().invoice(id, fields), "Invoice");
        return CwMapping.owned(scope, found, found == null ? null : found.company(), "Invoice");
    }

    private <T> T read(java.util.function.Supplier<T> call, String what) {
        try {
            return cw.read(call);
        } catch (PsaNotFoundException e) {
            throw new PsaNotFoundException(what);
        }
    }

    static Agreement agreement(CwAgreement a) {
        Instant end = Boolean.TRUE.equals(a.noEndingDateFlag()) ? null : CwDates.parse(a.endDate());
        return new Agreement(a.id(), CwMapping.nullToEmpty(a.name()), a.type() == null ? "" : a.type().name(),
                CwDates.parse(a.startDate()), end, a.billingCycle() == null ? null : a.billingCycle().name(), usage(a));
    }

    /** ConnectWise states the allowance ({@code applicationLimit} in {@code applicationUnits}), not what is used. */
    static AgreementUsage usage(CwAgreement a) {
        if (a.applicationLimit() == null || Boolean.TRUE.equals(a.applicationUnlimitedFlag())
                || a.applicationUnits() == null) {
            return null;
        }
        AgreementUsage.Unit unit = switch (a.applicationUnits().toLowerCase(Locale.ROOT)) {
            case "hours" -> AgreementUsage.Unit.HOURS;
            case "incidents" -> AgreementUsage.Unit.INCIDENTS;
            case "amount" -> AgreementUsage.Unit.AMOUNT;
            default -> null;
        };
        return unit == null ? null : new AgreementUsage(unit, BigDecimal.valueOf(a.applicationLimit()), null);
    }

    /** ConnectWise renders every invoice as a PDF. */
    static Invoice invoice(CwInvoice i) {
        return new Invoice(i.id(), CwMapping.nullToEmpty(i.invoiceNumber()), i.type(),
                i.status() == null ? "" : CwMapping.nullToEmpty(i.status().name()), CwDates.parse(i.date()),
                CwDates.parse(i.dueDate()), i.subtotal(), i.salesTax(), i.total(), i.balance(), i.customerPO(),
                i.reference(), DocumentFormat.PDF);
    }

    private FinanceClient finance() {
        return cw.client(FinanceClient.class);
    }
}
